package dev.unhunch.ui.settings;

import dev.unhunch.core.settings.InvalidValueException;
import dev.unhunch.core.settings.Reason;
import dev.unhunch.core.settings.SettingKey;
import dev.unhunch.core.settings.SettingType;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.DurationText;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.Texts;
import java.awt.Color;
import java.awt.Component;
import java.awt.event.ItemEvent;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The editor of one setting, made from its {@link SettingKey} metadata: a check box for a
 * boolean, a combo box for a choice, a text field otherwise, plus a line that shows the allowed
 * range, the reason a value is refused, or that an administrator locked the setting.
 */
final class SettingField {

    /** The width of the message beside an editor, in pixels. */
    private static final int MESSAGE_WIDTH = 320;

    private final SettingKey<?> key;
    private final JComponent editor;
    private final Supplier<String> text;
    private final Consumer<String> setText;
    private final JLabel label;
    private final JLabel message = new JLabel() {
        @Override
        public java.awt.Dimension getPreferredSize() {
            // One width whatever it says: a long refusal (longer still in German) appearing while
            // typing must not push the form wider than the dialog, where GridBagLayout would
            // squeeze every row. Longer text ends in "…"; the tooltip has all of it.
            return new java.awt.Dimension(MESSAGE_WIDTH, super.getPreferredSize().height);
        }
    };
    private final Consumer<Runnable> onChange;
    private boolean locked;
    private String problem;

    SettingField(SettingKey<?> key, JComponent editor, Supplier<String> text, Consumer<String> setText,
            Consumer<Runnable> onChange) {
        this.key = key;
        this.editor = editor;
        this.text = text;
        this.setText = setText;
        this.label = editor instanceof JCheckBox ? null : LiveTexts.text(new JLabel(), key.labelKey());
        if (editor.getName() == null) {
            editor.setName("setting." + key.key());
        }
        message.setName("problem." + key.key());
        if (label != null) {
            label.setLabelFor(editor);
        }
        this.onChange = onChange;
        showProblem(null);
    }

    /** The usual editor for a key's type. */
    static SettingField forKey(SettingKey<?> key) {
        if (key.type() == SettingType.BOOLEAN) {
            JCheckBox box = LiveTexts.text(new JCheckBox(), key.labelKey());
            return new SettingField(key, box, () -> String.valueOf(box.isSelected()),
                    t -> box.setSelected(Boolean.parseBoolean(t)),
                    r -> box.addItemListener(e -> {
                        if (e.getStateChange() == ItemEvent.SELECTED || e.getStateChange() == ItemEvent.DESELECTED) {
                            r.run();
                        }
                    }));
        }
        if (key.type() == SettingType.CHOICE) {
            JComboBox<String> combo = new JComboBox<>(key.choices().toArray(String[]::new));
            combo.setRenderer(new DefaultListCellRenderer() {
                @Override
                public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                        boolean selected, boolean focus) {
                    String word = String.valueOf(value);
                    String shown = Texts.has("choice." + word) ? Texts.text("choice." + word)
                            : word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    return super.getListCellRendererComponent(list, shown, index, selected, focus);
                }
            });
            return new SettingField(key, combo, () -> String.valueOf(combo.getSelectedItem()),
                    combo::setSelectedItem, r -> combo.addActionListener(e -> r.run()));
        }
        JTextField field = new JTextField(key.type() == SettingType.WORKING_HOURS ? 28 : 8);
        return new SettingField(key, field, field::getText, t -> {
            field.setText(key.type() == SettingType.WORKING_HOURS ? daysInLanguage(t) : t);
            field.setCaretPosition(0);
        }, r -> field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                r.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                r.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                r.run();
            }
        }));
    }

    /** Working hours with the day names of the language in use ("Mo 09:00-17:00"); the file keeps English. */
    private static String daysInLanguage(String canonical) {
        try {
            return dev.unhunch.core.settings.WorkingHours.parse(canonical).format(Texts.locale());
        } catch (RuntimeException e) {
            return canonical;
        }
    }

    /** What may be entered, in the language in use: the range, or an example. */
    private String hint() {
        if (key.min() instanceof Duration lo && key.max() instanceof Duration hi) {
            return Texts.text("hint.range", DurationText.format(lo), DurationText.format(hi));
        }
        if (key.min() != null && key.max() != null) {
            return Texts.text("hint.range", String.valueOf(key.min()), String.valueOf(key.max()));
        }
        return switch (key.type()) {
            case TIME_OF_DAY -> Texts.text("hint.timeOfDay");
            case WORKING_HOURS -> Texts.text("hint.workingHours");
            case LANGUAGE -> Texts.text("hint.language", Texts.SUPPORTED.stream()
                    .map(l -> l.toLanguageTag() + " (" + Texts.nameInItself(l) + ")")
                    .collect(java.util.stream.Collectors.joining(", ")));
            default -> "";
        };
    }

    /** Whether the hint is an example worth keeping beside a refusal. */
    private boolean hintIsExample() {
        return key.type() == SettingType.TIME_OF_DAY || key.type() == SettingType.WORKING_HOURS;
    }

    /** A refusal from the core in the language in use, e.g. "must be between 1m and 4h, was 15h". */
    static String wording(Reason reason) {
        return Texts.reason(reason);
    }

    SettingKey<?> key() {
        return key;
    }

    /** The label in front of the editor; null for a check box, which carries its own. */
    JLabel label() {
        return label;
    }

    JComponent editor() {
        return editor;
    }

    JLabel message() {
        return message;
    }

    /** Calls {@code listener} whenever the user changes the value. */
    void addChangeListener(Runnable listener) {
        onChange.accept(listener);
    }

    boolean locked() {
        return locked;
    }

    /** Makes the field read-only with the lock hint, for a key an administrator locked. */
    void lock() {
        locked = true;
        editor.setEnabled(false);
        LiveTexts.tip(editor, "settings.locked");
        if (label != null) {
            LiveTexts.tip(label, "settings.locked");
        }
        showProblem(null);
    }

    /** Shows the value of this setting in {@code settings}. */
    void show(Settings settings) {
        setText.accept(key.text(settings));
    }

    /**
     * Puts the edited value on the builder.
     *
     * @return the reason the value is refused, without the key, in the language in use, e.g.
     *     "must be between 1m and 4h, was 15h"
     */
    Optional<String> applyTo(Settings.Builder builder) {
        try {
            key.setText(builder, text.get());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(wording(InvalidValueException.reasonOf(e)));
        }
    }

    /** Shows why the value is refused, or the usual hint when {@code reason} is null. */
    void showProblem(String reason) {
        problem = reason;
        if (reason != null) {
            message.setText(hintIsExample() ? Texts.text("hint.example", reason, hint()) : reason);
            Color error = UIManager.getColor("Component.error.focusedBorderColor");
            message.setForeground(error != null ? error : Color.RED);
            message.setToolTipText(reason);
        } else {
            message.setText(locked ? Texts.text("settings.locked") : hint());
            message.setForeground(UIManager.getColor("Label.disabledForeground"));
            message.setToolTipText(null);
        }
        editor.putClientProperty("JComponent.outline", reason == null ? null : "error");
    }

    /** The reason shown, or null when the value is fine. */
    String problem() {
        return problem;
    }
}
