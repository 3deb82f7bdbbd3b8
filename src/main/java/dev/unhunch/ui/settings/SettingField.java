package dev.unhunch.ui.settings;

import dev.unhunch.core.settings.InvalidValueException;
import dev.unhunch.core.settings.Reason;
import dev.unhunch.core.settings.SettingKey;
import dev.unhunch.core.settings.SettingType;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.DurationText;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
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
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The editor of one setting, made from its {@link SettingKey} metadata: a check box for a
 * boolean, a drop-down for a choice or the language, a number and unit for a duration, a time
 * spinner, the weekday editor for working hours, a text field otherwise; a line of help under it
 * and a line beside it that shows the allowed range, the reason a value is refused, what was
 * wrong with the value in the file (with a warning icon), or that an administrator locked it.
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
    private final JLabel help;
    private final Consumer<Runnable> onChange;
    private boolean locked;
    private boolean active = true;
    private String problem;
    /** What was wrong with this setting's value in the file, until the user changes it. */
    private boolean fileMarked;
    private String fileValue;
    private Reason fileReason;
    private String fileUsed;

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
            label.setLabelFor(editor instanceof DurationInput d ? d.field()
                    : editor instanceof TimeInput t ? t.field() : editor);
        }
        help = Texts.has("help." + key.key()) ? LiveTexts.text(new JLabel(), "help." + key.key()) : null;
        if (help != null) {
            help.setName("help." + key.key());
            help.setFont(help.getFont().deriveFont(help.getFont().getSize2D() * 0.92f));
        }
        this.onChange = onChange;
        onChange.accept(this::clearFileProblem);
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
        if (key.type() == SettingType.DURATION) {
            DurationInput input = new DurationInput("setting." + key.key(), (Duration) key.min(), (Duration) key.max());
            input.setName("duration." + key.key());
            return new SettingField(key, input, input::text, input::setText, input::addChangeListener);
        }
        if (key.type() == SettingType.TIME_OF_DAY) {
            TimeInput input = new TimeInput("setting." + key.key(), false);
            return new SettingField(key, input, input::text, input::setText, input::onChange);
        }
        if (key.type() == SettingType.WORKING_HOURS) {
            WorkingHoursEditor hours = new WorkingHoursEditor();
            return new SettingField(key, hours, hours::text, hours::setText, hours::addChangeListener);
        }
        if (key.type() == SettingType.LANGUAGE) {
            LanguageChoice choice = new LanguageChoice();
            choice.setName("setting." + key.key());
            return new SettingField(key, choice, choice::tag, choice::setTag, r -> choice.addActionListener(e -> r.run()));
        }
        JTextField field = new JTextField(8);
        return new SettingField(key, field, field::getText, t -> {
            field.setText(t);
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

    /** What may be entered, in the language in use: the range, or nothing (the editor shows it). */
    private String hint() {
        if (key.min() instanceof Duration lo && key.max() instanceof Duration hi) {
            return Texts.text("hint.range", DurationText.format(lo), DurationText.format(hi));
        }
        if (key.min() != null && key.max() != null) {
            return Texts.text("hint.range", String.valueOf(key.min()), String.valueOf(key.max()));
        }
        return "";
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

    /** The one line of help under the editor, or null. */
    JLabel help() {
        return help;
    }

    /**
     * Enables or disables the field because of another one (a length while its break is off);
     * a locked field stays disabled.
     */
    void setActive(boolean on) {
        active = on;
        editor.setEnabled(on && !locked);
        if (label != null) {
            label.setEnabled(on);
        }
        if (help != null) {
            help.setEnabled(on);
        }
    }

    boolean active() {
        return active;
    }

    /**
     * Marks the field: the file held {@code value} for it, which could not be used for
     * {@code reason}, and {@code used} is used instead. Stays until the user changes the field.
     */
    void markFileProblem(String value, Reason reason, String used) {
        fileMarked = true;
        fileValue = value;
        fileReason = reason;
        fileUsed = used;
        showProblem(problem);
    }

    /** The file's problem in the language in use, so that a new language words it again. */
    private String fileProblemText() {
        return Texts.text("settings.fileProblem", fileValue, wording(fileReason),
                fileUsed.isEmpty() ? "\u2014" : fileUsed);
    }

    /** The file's problem shown, or null. */
    String fileProblem() {
        return fileMarked ? fileProblemText() : null;
    }

    /** The user changed the field: the file's bad value is no longer what is shown. */
    void clearFileProblem() {
        if (fileMarked) {
            fileMarked = false;
            showProblem(problem);
        }
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

    /** Shows why the value is refused, or the file's problem or usual hint when {@code reason} is null. */
    void showProblem(String reason) {
        problem = reason;
        message.setIcon(null);
        boolean fromFile = reason == null && fileMarked && !locked;
        if (reason != null) {
            message.setText(reason);
            message.setForeground(Themes.errorText());
            message.setToolTipText(reason);
        } else if (fromFile && help == null) {
            message.setText(fileProblemText());
            message.setIcon(WarningIcon.INSTANCE);
            message.setForeground(Themes.warningText());
            message.setToolTipText(fileProblemText());
        } else {
            message.setText(locked ? Texts.text("settings.locked") : hint());
            message.setForeground(Themes.secondaryText());
            message.setToolTipText(null);
        }
        if (help != null) {
            // the file's problem takes the help line, which is wide enough to say it whole
            if (fromFile) {
                LiveTexts.plain(help, fileProblemText());
                help.setIcon(WarningIcon.INSTANCE);
                help.setForeground(Themes.warningText());
                help.setToolTipText(fileProblemText());
            } else {
                LiveTexts.text(help, "help." + key.key());
                help.setIcon(null);
                help.setForeground(Themes.secondaryText());
                help.setToolTipText(null);
            }
        }
        editor.putClientProperty("JComponent.outline", reason != null ? "error" : fileMarked ? "warning" : null);
        if (editor instanceof DurationInput d) {
            d.field().putClientProperty("JComponent.outline", editor.getClientProperty("JComponent.outline"));
            d.field().repaint();
        }
    }

    /** The reason shown, or null when the value is fine. */
    String problem() {
        return problem;
    }
}
