package dev.unhunch.ui.settings;

import dev.unhunch.ui.i18n.LiveTexts;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** One tab's form: sections of label, editor and message rows, laid out in three columns. */
final class Form extends JPanel {

    private int row;

    Form() {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(10, 14, 10, 14));
    }

    /** A bold section heading, its text from {@code titleKey}. */
    Form section(String titleKey) {
        JLabel heading = LiveTexts.text(new JLabel(), titleKey);
        heading.putClientProperty("FlatLaf.styleClass", "h4");
        heading.setFont(heading.getFont().deriveFont(Font.BOLD));
        GridBagConstraints c = cell(0, 3);
        c.insets = new Insets(row == 0 ? 0 : 12, 0, 4, 0);
        add(heading, c);
        row++;
        return this;
    }

    /** A setting: its label (if any), its editor and its message. */
    Form field(SettingField field) {
        // the weekday editor takes the row; a number and unit stays beside its range, however long the unit's word
        boolean wide = field.editor() instanceof WorkingHoursEditor;
        if (!wide && field.editor() instanceof javax.swing.JTextField) {
            // should the room ever be short, GridBagLayout falls back to minimum sizes, and a text
            // field's is a sliver: keep its usual width
            field.editor().setMinimumSize(field.editor().getPreferredSize());
        }
        if (field.label() != null) {
            add(field.label(), cell(0, 1));
            add(field.editor(), cell(1, wide ? 2 : 1));
        } else {
            add(field.editor(), cell(0, 2));
        }
        if (wide) {
            row++;
            add(field.message(), cell(1, 2));
        } else {
            add(field.message(), cell(2, 1));
        }
        row++;
        if (field.help() != null) {
            // under the editor, or under a check box's text (past its box)
            GridBagConstraints c = field.label() != null ? cell(1, 2) : cell(0, 3);
            c.insets = new Insets(0, field.label() != null ? 8 : 28, 4, 0);
            add(field.help(), c);
            row++;
        }
        return this;
    }

    /** A free row: a label (its text from {@code labelKey}, or none when null) and any component. */
    Form row(String labelKey, JComponent component) {
        JLabel l = labelKey == null ? new JLabel() : LiveTexts.text(new JLabel(), labelKey);
        l.setLabelFor(component);
        add(l, cell(0, 1));
        add(component, cell(1, 2));
        row++;
        return this;
    }

    /** A component across all columns that takes the spare height. */
    Form fill(JComponent component) {
        GridBagConstraints c = cell(0, 3);
        c.fill = GridBagConstraints.BOTH;
        c.weighty = 1;
        add(component, c);
        row++;
        return this;
    }

    /** Ends the form; the spare height goes below the last row. */
    Form end() {
        GridBagConstraints c = cell(0, 3);
        c.weighty = 1;
        add(new JLabel(), c);
        return this;
    }

    private GridBagConstraints cell(int column, int span) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = column;
        c.gridy = row;
        c.gridwidth = span;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = new Insets(3, column == 0 ? 0 : 8, 3, 0);
        c.weightx = column == 2 || span > 1 && column + span == 3 ? 1 : 0;
        if (span > 1 && column == 1) {
            c.fill = GridBagConstraints.HORIZONTAL;
        }
        return c;
    }
}
