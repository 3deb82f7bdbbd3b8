package dev.unhunch.ui.theme;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Insets;
import javax.swing.UIManager;
import javax.swing.border.AbstractBorder;

/**
 * A one-pixel line in the look's border colour, read each time it is painted: a line border made
 * with the colour of the moment would keep the old theme's colour after {@link Themes#switchTo}.
 */
public final class ThemedLineBorder extends AbstractBorder {

    @Override
    public void paintBorder(Component c, Graphics g, int x, int y, int width, int height) {
        Color line = UIManager.getColor("Component.borderColor");
        g.setColor(line == null ? Color.GRAY : line);
        g.drawRect(x, y, width - 1, height - 1);
    }

    @Override
    public Insets getBorderInsets(Component c, Insets insets) {
        insets.set(1, 1, 1, 1);
        return insets;
    }
}
