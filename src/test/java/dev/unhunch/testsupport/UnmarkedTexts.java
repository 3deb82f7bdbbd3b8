package dev.unhunch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.ui.i18n.Texts;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Frame;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.ListCellRenderer;
import javax.swing.border.Border;
import javax.swing.border.CompoundBorder;
import javax.swing.border.TitledBorder;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * Finds words a window shows that do not come from the bundle. Under the test language
 * {@link Texts#PSEUDO} every bundle text (and every stretch text) is wrapped in {@code ⟦…⟧}; this
 * walks a window's Swing tree — titles, labels, buttons, check boxes, menu items, tabs and their
 * tips, titled borders, tool tips, read-only text, combo box and table entries — and reports each
 * visible text that still has letters once the marked parts are taken out.
 *
 * <p>Left alone on purpose: numbers, times, dates in digits and punctuation (they carry no
 * words); what the user typed (editable fields); and what a test allows by name, such as the
 * product name and version.
 */
public final class UnmarkedTexts {

    /** What may stay once the marked parts are gone: digits, spaces, punctuation, symbols. */
    private static final Pattern NEUTRAL = Pattern.compile("[\\p{N}\\p{Z}\\p{P}\\p{S}\\s]*");
    private static final Pattern MARKED = Pattern.compile(
            Pattern.quote(Texts.PSEUDO_OPEN) + "[^" + Texts.PSEUDO_OPEN + Texts.PSEUDO_CLOSE + "]*"
                    + Pattern.quote(Texts.PSEUDO_CLOSE));
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    private static final String OPTION_PANE_LINE = "OptionPane.label";

    private UnmarkedTexts() {
    }

    /** Fails naming every unmarked text in {@code root} and below, but for {@code allowed} ones. */
    public static void require(Component root, Predicate<String> allowed) {
        List<String> found = GuiActionRunner.execute(() -> in(root, allowed));
        assertThat(found).as("texts not from the bundle in %s", root.getName()).isEmpty();
    }

    /** As {@link #require(Component, Predicate)}, allowing exactly these texts. */
    public static void require(Component root, String... allowed) {
        Set<String> ok = Set.of(allowed);
        require(root, ok::contains);
    }

    /** The unmarked texts in {@code root} and below, as "where: text"; call on the EDT. */
    public static List<String> in(Component root, Predicate<String> allowed) {
        List<String> found = new ArrayList<>();
        walk(root, allowed, found);
        return found;
    }

    /** Whether {@code text} is all marked, or carries no words once the marked parts are gone. */
    public static boolean isMarked(String text) {
        if (text == null) {
            return true;
        }
        String rest = HTML_TAG.matcher(text).replaceAll(" ");
        String before;
        do {
            before = rest;
            rest = MARKED.matcher(rest).replaceAll(" ");
        } while (!rest.equals(before));
        return NEUTRAL.matcher(rest).matches();
    }

    private static void walk(Component c, Predicate<String> allowed, List<String> found) {
        if (!c.isVisible()) {
            return;
        }
        String where = where(c);
        if (c instanceof Frame f) {
            check(where + " title", f.getTitle(), allowed, found);
        } else if (c instanceof Dialog d) {
            check(where + " title", d.getTitle(), allowed, found);
        }
        if (c instanceof JLabel l) {
            check(where, l.getText(), allowed, found);
        }
        if (c instanceof AbstractButton b) {
            check(where, b.getText(), allowed, found);
        }
        if (c instanceof JTextComponent t && !t.isEditable()) {
            check(where, t.getText(), allowed, found);
        }
        if (c instanceof JComponent j) {
            check(where + " tool tip", j.getToolTipText(), allowed, found);
            border(where, j.getBorder(), allowed, found);
        }
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                check(where + " tab " + i, tabs.getTitleAt(i), allowed, found);
                check(where + " tab " + i + " tip", tabs.getToolTipTextAt(i), allowed, found);
            }
        }
        if (c instanceof JComboBox<?> combo) {
            comboEntries(where, combo, allowed, found);
        }
        if (c instanceof JTable table) {
            tableTexts(where, table, allowed, found);
        }
        if (c instanceof JMenu menu) {
            for (Component item : menu.getMenuComponents()) {
                walk(item, allowed, found);
            }
        }
        if (c instanceof Window w) {
            for (Window owned : w.getOwnedWindows()) {
                if (owned.isShowing()) {
                    walk(owned, allowed, found);
                }
            }
        }
        if (c instanceof Container container) {
            // JOptionPane breaks a long message into several labels at spaces: check it whole
            List<String> messageLines = new ArrayList<>();
            for (Component child : container.getComponents()) {
                if (child instanceof JLabel l && OPTION_PANE_LINE.equals(l.getName()) && l.isVisible()) {
                    messageLines.add(l.getText());
                } else {
                    walk(child, allowed, found);
                }
            }
            check(where + " message", String.join(" ", messageLines), allowed, found);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void comboEntries(String where, JComboBox<?> combo, Predicate<String> allowed, List<String> found) {
        ListCellRenderer renderer = combo.getRenderer();
        JList list = new JList();
        for (int i = 0; i < combo.getItemCount(); i++) {
            Component shown = renderer.getListCellRendererComponent(list, combo.getItemAt(i), i, false, false);
            if (shown instanceof JLabel l) {
                check(where + " entry " + i, l.getText(), allowed, found);
            }
        }
    }

    private static void tableTexts(String where, JTable table, Predicate<String> allowed, List<String> found) {
        for (int col = 0; col < table.getColumnCount(); col++) {
            check(where + " column " + col, table.getColumnName(col), allowed, found);
            for (int row = 0; row < table.getRowCount(); row++) {
                if (table.getValueAt(row, col) instanceof String s) {
                    Component shown = table.prepareRenderer(table.getCellRenderer(row, col), row, col);
                    check(where + " cell " + row + "," + col,
                            shown instanceof JLabel l ? l.getText() : s, allowed, found);
                }
            }
        }
    }

    private static void border(String where, Border border, Predicate<String> allowed, List<String> found) {
        if (border instanceof TitledBorder t) {
            check(where + " border", t.getTitle(), allowed, found);
            border(where, t.getBorder(), allowed, found);
        } else if (border instanceof CompoundBorder c) {
            border(where, c.getOutsideBorder(), allowed, found);
            border(where, c.getInsideBorder(), allowed, found);
        }
    }

    private static void check(String where, String text, Predicate<String> allowed, List<String> found) {
        if (text != null && !text.isBlank() && !isMarked(text) && !allowed.test(text)) {
            found.add(where + ": " + text);
        }
    }

    private static String where(Component c) {
        String name = c.getName();
        return c.getClass().getSimpleName() + (name == null ? "" : " '" + name + "'");
    }
}
