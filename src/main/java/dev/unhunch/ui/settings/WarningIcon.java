package dev.unhunch.ui.settings;

import dev.unhunch.ui.theme.Themes;
import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.Icon;

/** A small warning triangle beside a value the settings file held but Unhunch could not use. */
final class WarningIcon implements Icon {

    static final WarningIcon INSTANCE = new WarningIcon();
    private static final int SIZE = 14;

    private WarningIcon() {
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            Path2D triangle = new Path2D.Float();
            triangle.moveTo(SIZE / 2f, 1);
            triangle.lineTo(SIZE - 1, SIZE - 1);
            triangle.lineTo(1, SIZE - 1);
            triangle.closePath();
            g2.setColor(Themes.warningText());
            g2.fill(triangle);
            g2.setColor(c.getBackground() != null ? c.getBackground() : java.awt.Color.WHITE);
            g2.setStroke(new BasicStroke(1.6f));
            g2.drawLine(SIZE / 2, 5, SIZE / 2, 9);
            g2.fillRect(SIZE / 2 - 1, 10, 2, 2);
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }
}
