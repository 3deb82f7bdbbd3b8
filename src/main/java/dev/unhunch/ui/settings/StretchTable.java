package dev.unhunch.ui.settings;

import dev.unhunch.core.stretch.Stretch;
import dev.unhunch.core.stretch.Side;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.illustration.FigureColors;
import dev.unhunch.ui.illustration.FigureRenderer;
import dev.unhunch.ui.illustration.Pose;
import dev.unhunch.ui.illustration.PoseLibrary;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableCellRenderer;

/**
 * The table of {@link StretchChoices}: group headings in bold across the row, a thumbnail of each
 * stretch's main pose (drawn by the illustration renderer in the theme's colours), and rows the
 * chosen place and equipment do not allow in the disabled colour, with a tooltip saying why.
 */
final class StretchTable extends JTable {

    private static final long serialVersionUID = 1L;
    static final int THUMB = 60;
    private static final int HEADING_HEIGHT = 26;
    /** The longest stretch name in any language fits ("Étirement de la poitrine dans l’encadrement d’une porte"). */
    private static final int MAX_NAME_WIDTH = 420;
    /** "Needs" may be cut short: the row's tool tip says it in full. */
    private static final int MAX_NEEDS_WIDTH = 300;

    private final transient StretchChoices choices;

    StretchTable(StretchChoices choices) {
        super(choices);
        this.choices = choices;
        setName("stretches");
        setFillsViewportHeight(true);
        setShowGrid(false);
        getTableHeader().setReorderingAllowed(false);
        getColumnModel().getColumn(StretchChoices.FIGURE).setPreferredWidth(THUMB + 8);
        getColumnModel().getColumn(StretchChoices.FIGURE).setMaxWidth(THUMB + 12);
        fitColumns();
        getColumnModel().getColumn(StretchChoices.FIGURE).setCellRenderer(new Thumbnail());
        TableCellRenderer text = new TextRenderer();
        getColumnModel().getColumn(StretchChoices.NAME).setCellRenderer(text);
        getColumnModel().getColumn(StretchChoices.NEEDS).setCellRenderer(text);
        TableCellRenderer checks = getDefaultRenderer(Boolean.class);
        TableCellRenderer blank = new DefaultTableCellRenderer();
        TableCellRenderer marks = (table, value, selected, focus, row, column) -> choices.row(row).heading()
                ? blank.getTableCellRendererComponent(table, null, false, false, row, column)
                : dim(checks.getTableCellRendererComponent(table, value, selected, focus, row, column), row);
        getColumnModel().getColumn(StretchChoices.FAVOURITE).setCellRenderer(marks);
        getColumnModel().getColumn(StretchChoices.NEVER).setCellRenderer(marks);
        fitRowHeights();
    }

    /**
     * Column widths for the language in use: the two check box columns as wide as their heads
     * ("Ne jamais proposer" is twice "Never show"), every stretch name in full (up to a limit),
     * and "needs" up to a limit, its full text being the row's tool tip.
     */
    void fitColumns() {
        java.awt.FontMetrics head = getFontMetrics(getTableHeader().getFont());
        java.awt.FontMetrics body = getFontMetrics(getFont());
        int pad = 24;
        for (int column : new int[] {StretchChoices.FAVOURITE, StretchChoices.NEVER}) {
            int width = Math.max(70, head.stringWidth(choices.getColumnName(column)) + pad);
            getColumnModel().getColumn(column).setMinWidth(width);
            getColumnModel().getColumn(column).setPreferredWidth(width);
        }
        int name = head.stringWidth(choices.getColumnName(StretchChoices.NAME));
        int needs = head.stringWidth(choices.getColumnName(StretchChoices.NEEDS));
        for (Stretch s : choices.stretches()) {
            name = Math.max(name, body.stringWidth(dev.unhunch.ui.i18n.StretchTexts.name(s)));
            needs = Math.max(needs, body.stringWidth(StretchChoices.needs(s)));
        }
        name = Math.min(name + pad, MAX_NAME_WIDTH);
        getColumnModel().getColumn(StretchChoices.NAME).setMinWidth(name);
        getColumnModel().getColumn(StretchChoices.NAME).setPreferredWidth(name);
        getColumnModel().getColumn(StretchChoices.NEEDS).setPreferredWidth(Math.min(needs + pad, MAX_NEEDS_WIDTH));
        // the window packs around this: wide enough for the columns' preferred widths
        int total = 0;
        for (int c = 0; c < getColumnCount(); c++) {
            total += getColumnModel().getColumn(c).getPreferredWidth();
        }
        setPreferredScrollableViewportSize(new java.awt.Dimension(total, getPreferredScrollableViewportSize().height));
    }

    /** Headings are short rows, stretches tall enough for their figure. */
    void fitRowHeights() {
        setRowHeight(THUMB + 4);
        for (int i = 0; i < choices.getRowCount(); i++) {
            if (choices.row(i).heading()) {
                setRowHeight(i, HEADING_HEIGHT);
            }
        }
    }

    private Component dim(Component c, int row) {
        Stretch s = choices.stretchAt(row);
        if (s != null && !choices.possible(s)) {
            c.setForeground(UIManager.getColor("Label.disabledForeground"));
        }
        return c;
    }

    @Override
    public String getToolTipText(java.awt.event.MouseEvent e) {
        int row = rowAtPoint(e.getPoint());
        Stretch s = row < 0 ? null : choices.stretchAt(row);
        if (s == null) {
            return null;
        }
        return choices.possible(s) ? StretchChoices.needs(s)
                : Texts.text("stretches.notOffered", StretchChoices.needs(s));
    }

    /** The name and "needs" columns: bold group headings, greyed rows that cannot be offered. */
    private final class TextRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                int row, int column) {
            boolean heading = choices.row(row).heading();
            super.getTableCellRendererComponent(table, value == null ? "" : value, selected && !heading,
                    focus && !heading, row, column);
            setFont(table.getFont().deriveFont(heading ? Font.BOLD : Font.PLAIN));
            if (!selected || heading) {
                setForeground(table.getForeground());
            }
            if (!heading) {
                dim(this, row);
            }
            return this;
        }
    }

    /** A small figure of the stretch's main pose (its first timed step). */
    private final class Thumbnail extends javax.swing.JLabel implements TableCellRenderer {
        private static final long serialVersionUID = 1L;
        private transient Stretch stretch;
        private boolean selected;

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean focus,
                int row, int column) {
            stretch = value instanceof Stretch s ? s : null;
            selected = isSelected;
            getAccessibleContext().setAccessibleName(stretch == null ? null : dev.unhunch.ui.i18n.StretchTexts.name(stretch));
            return this;
        }

        @Override
        protected void paintComponent(Graphics g) {
            Color bg = selected ? getSelectionBackground() : StretchTable.this.getBackground();
            g.setColor(bg);
            g.fillRect(0, 0, getWidth(), getHeight());
            if (stretch == null) {
                return;
            }
            // the left side first, as the break shows it (docs/stretches.md, the mirror rule)
            List<Pose> poses = stretch.perSide()
                    ? PoseLibrary.shared().poses(stretch.id(), Side.LEFT)
                    : PoseLibrary.shared().poses(stretch.id());
            int step = stretch.firstCycleIndex();
            if (poses.isEmpty() || step >= poses.size()) {
                return;
            }
            Color fg = selected ? getSelectionForeground() : StretchTable.this.getForeground();
            if (!choices.possible(stretch)) {
                fg = new FigureColors(fg, bg, fg).toward(0.55);
            }
            Color accent = UIManager.getColor("Component.accentColor");
            FigureColors colors = new FigureColors(fg, bg, accent != null ? accent : fg);
            FigureRenderer.paint((Graphics2D) g, poses.get(step), null,
                    new Rectangle2D.Double(2, 2, getWidth() - 4, getHeight() - 4), colors);
        }
    }
}
