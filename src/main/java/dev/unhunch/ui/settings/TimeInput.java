package dev.unhunch.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * A time of day as {@code HH:MM} in a spinner whose arrows step by a quarter of an hour; any
 * minute may be typed ("9", "9:05", "0905"). Optionally allows 24:00, the end of a day.
 */
final class TimeInput extends JSpinner {

    private static final int DAY = 24 * 60;

    private final JTextField field = new JTextField(5);
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean showing;
    private boolean valid = true;

    TimeInput(String name, boolean allowEndOfDay) {
        super(new SpinnerNumberModel(9 * 60, 0, allowEndOfDay ? DAY : DAY - 1, 15));
        setName(name + ".spinner");
        field.setName(name);
        field.getAccessibleContext().setAccessibleName(name);
        field.setHorizontalAlignment(JTextField.CENTER);
        setEditor(field);
        show(minutes());
        addChangeListener(e -> {
            if (!showing) { // an arrow, not typing: show the new time
                valid = true;
                show(minutes());
            }
            listeners.forEach(Runnable::run);
        });
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
        field.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                if (valid) {
                    show(minutes());
                }
            }
        });
    }

    JTextField field() {
        return field;
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Minutes after midnight; 1440 is 24:00. */
    int minutes() {
        return (Integer) getValue();
    }

    void setMinutes(int minutes) {
        setValue(minutes);
        show(minutes);
    }

    /** The time as HH:MM, or the typed text when it is no time. */
    String text() {
        return valid ? format(minutes()) : field.getText().strip();
    }

    /** Shows {@code HH:MM} text, e.g. from the settings file. */
    void setText(String text) {
        Integer m = parse(text);
        if (m != null) {
            setMinutes(m);
        } else {
            showing = true;
            field.setText(text);
            showing = false;
            valid = false;
        }
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        field.setEnabled(enabled);
    }

    static String format(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private void show(int minutes) {
        String text = format(minutes);
        if (!text.equals(field.getText())) {
            showing = true;
            field.setText(text);
            showing = false;
        }
    }

    private void typed() {
        if (showing) {
            return;
        }
        Integer m = parse(field.getText());
        SpinnerNumberModel model = (SpinnerNumberModel) getModel();
        valid = m != null && m <= (Integer) model.getMaximum();
        if (valid && m != minutes()) {
            showing = true;
            setValue(m); // fires the change listeners
            showing = false;
        } else {
            listeners.forEach(Runnable::run);
        }
    }

    /** "9", "09", "9:05", "0905", "24:00" to minutes after midnight; null when it is no time. */
    static Integer parse(String text) {
        String t = text.strip().replace('.', ':');
        int h;
        int m;
        try {
            if (t.contains(":")) {
                String[] p = t.split(":", -1);
                if (p.length != 2 || p[1].length() != 2) {
                    return null;
                }
                h = Integer.parseInt(p[0]);
                m = Integer.parseInt(p[1]);
            } else if (t.length() <= 2) {
                h = Integer.parseInt(t);
                m = 0;
            } else if (t.length() == 4) {
                h = Integer.parseInt(t.substring(0, 2));
                m = Integer.parseInt(t.substring(2));
            } else {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        if (h < 0 || m < 0 || m > 59 || h > 24 || h == 24 && m > 0) {
            return null;
        }
        return h * 60 + m;
    }
}
