package dev.unhunch.ui.settings;

import dev.unhunch.core.time.DurationText;
import dev.unhunch.ui.i18n.Texts;
import java.awt.Component;
import java.awt.FlowLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractSpinnerModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * A duration as a number and a unit: a spinner whose field takes a plain number in the chosen
 * unit ("20") or a duration with its unit ("20 min", "20m", "20 minutes", "1h30m"), and a unit
 * drop-down (seconds, minutes, hours). The arrows step by one unit within the allowed range.
 * Changing the unit keeps the number ("20 seconds" becomes "20 minutes"), as a person expects.
 */
final class DurationInput extends JPanel {

    /** The units offered, smallest first. */
    enum Unit {
        SECONDS(Duration.ofSeconds(1), "unit.seconds"),
        MINUTES(Duration.ofMinutes(1), "unit.minutes"),
        HOURS(Duration.ofHours(1), "unit.hours");

        final Duration size;
        final String textKey;

        Unit(Duration size, String textKey) {
            this.size = size;
            this.textKey = textKey;
        }
    }

    private final Duration min;
    private final Duration max;
    private final JTextField field = new JTextField(4);
    private final JComboBox<Unit> unit;
    private final Model model = new Model();
    private final JSpinner spinner = new JSpinner(model);
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean showing;
    /** The unit chosen before the last change of the unit. */
    private Unit previousUnit;

    /** The current value, null while the field holds text that is no duration. */
    private Duration value;

    DurationInput(String name, Duration min, Duration max) {
        super(new FlowLayout(FlowLayout.LEADING, 0, 0));
        this.min = min;
        this.max = max;
        List<Unit> units = new ArrayList<>();
        for (Unit u : Unit.values()) {
            if (u == Unit.SECONDS ? min.toSeconds() % 60 != 0 || max.compareTo(Duration.ofMinutes(10)) <= 0
                    : u == Unit.MINUTES || max.compareTo(Duration.ofHours(2)) >= 0) {
                units.add(u);
            }
        }
        unit = new JComboBox<>(units.toArray(Unit[]::new));
        previousUnit = units.get(0);
        unit.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object v, int index, boolean selected,
                    boolean focus) {
                return super.getListCellRendererComponent(list, Texts.text(((Unit) v).textKey), index, selected, focus);
            }
        });
        setOpaque(false);
        field.setName(name);
        field.setHorizontalAlignment(JTextField.TRAILING);
        unit.setName(name + ".unit");
        spinner.setName(name + ".spinner");
        spinner.setEditor(field);
        field.getAccessibleContext().setAccessibleName(name);
        add(spinner);
        add(javax.swing.Box.createHorizontalStrut(6));
        add(unit);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                typed();
            }
        });
        unit.addActionListener(e -> {
            if (!showing && value != null && value.toMillis() % previousUnit.size.toMillis() == 0) {
                // keep the number: "20" seconds switched to minutes means 20 minutes
                value = unit().size.multipliedBy(value.toMillis() / previousUnit.size.toMillis());
                show(value);
                fire();
            }
            previousUnit = unit();
        });
        field.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                if (value != null) {
                    show(value); // "20 min" becomes "20" with minutes chosen
                }
            }
        });
    }

    /** The text field, for labels and tests. */
    JTextField field() {
        return field;
    }

    JComboBox<Unit> unitBox() {
        return unit;
    }

    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The value in the file's form (e.g. "20m"), or the typed text when it is no duration. */
    String text() {
        return value != null ? DurationText.format(value) : field.getText();
    }

    /** Shows a duration in the file's form, in the largest unit that holds it whole. */
    void setText(String text) {
        Duration d;
        try {
            d = DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            showing = true;
            field.setText(text);
            showing = false;
            return;
        }
        Unit best = unit.getItemAt(0); // zero is shown in the smallest unit
        for (int i = unit.getItemCount() - 1; i > 0 && !d.isZero(); i--) {
            if (d.toMillis() % unit.getItemAt(i).size.toMillis() == 0) {
                best = unit.getItemAt(i);
                break;
            }
        }
        showing = true;
        try {
            unit.setSelectedItem(best);
            previousUnit = best;
            value = d;
            show(d);
        } finally {
            showing = false;
        }
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        spinner.setEnabled(enabled);
        field.setEnabled(enabled);
        unit.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(String text) {
        super.setToolTipText(text);
        field.setToolTipText(text);
    }

    private Unit unit() {
        return (Unit) unit.getSelectedItem();
    }

    /** Shows a duration as a number in the chosen unit, or in the file's form when it is not whole. */
    private void show(Duration d) {
        long size = unit().size.toMillis();
        String shown = d.toMillis() % size == 0 ? String.valueOf(d.toMillis() / size) : DurationText.format(d);
        if (!shown.equals(field.getText())) {
            boolean was = showing;
            showing = true;
            field.setText(shown);
            field.setCaretPosition(0);
            showing = was;
        }
    }

    private void typed() {
        if (showing) {
            return;
        }
        value = parse(field.getText());
        if (value != null && value.toMillis() % unit().size.toMillis() != 0) {
            // "90s" while minutes are chosen: seconds hold it whole
            for (int i = 0; i < unit.getItemCount(); i++) {
                if (value.toMillis() % unit.getItemAt(i).size.toMillis() == 0) {
                    showing = true;
                    unit.setSelectedIndex(i);
                    previousUnit = unit();
                    showing = false;
                    break;
                }
            }
        }
        fire();
    }

    /** A plain number in the chosen unit, or a duration with its unit; null when neither. */
    private Duration parse(String text) {
        String t = text.strip();
        Long n = number(t);
        if (n != null) {
            return unit().size.multipliedBy(n);
        }
        try {
            return DurationText.parse(t.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long number(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 9 || !t.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(t);
    }

    private void fire() {
        model.changed();
        listeners.forEach(Runnable::run);
    }

    /** The spinner's steps: one unit up or down, within the range. */
    private final class Model extends AbstractSpinnerModel {
        @Override
        public Object getValue() {
            return value;
        }

        @Override
        public void setValue(Object v) {
            if (v instanceof Duration d && !d.equals(value)) {
                value = d;
                show(d);
                fire();
            }
        }

        @Override
        public Object getNextValue() {
            return step(1);
        }

        @Override
        public Object getPreviousValue() {
            return step(-1);
        }

        private Duration step(int direction) {
            if (value == null) {
                return null;
            }
            long size = unit().size.toMillis();
            long units = Math.floorDiv(value.toMillis(), size) + direction;
            if (direction < 0 && value.toMillis() % size != 0) {
                units++; // from 1m30s down to 1m, not 0m
            }
            Duration next = Duration.ofMillis(units * size);
            if (next.compareTo(min) < 0) {
                next = value.compareTo(min) > 0 ? min : null;
            } else if (next.compareTo(max) > 0) {
                next = value.compareTo(max) < 0 ? max : null;
            }
            return next;
        }

        void changed() {
            fireStateChanged();
        }
    }
}
