package dev.unhunch.ui.illustration;

import java.awt.Color;

/**
 * Colours for a figure: the figure in the foreground colour on the background colour, motion
 * arrows in the accent. Shades for props, far limbs and the "before" ghost are blended from the
 * two, so any light or dark theme works.
 *
 * @param foreground the figure
 * @param background what it is drawn on
 * @param accent motion arrows
 */
public record FigureColors(Color foreground, Color background, Color accent) {

    /** Dark figure on a light background. */
    public static FigureColors light() {
        return new FigureColors(new Color(0x2B3137), new Color(0xF7F7F5), new Color(0x2F7DD1));
    }

    /** Light figure on a dark background. */
    public static FigureColors dark() {
        return new FigureColors(new Color(0xE6E8EA), new Color(0x24272B), new Color(0x6CB4FF));
    }

    /** A blend: 0 gives the foreground, 1 the background. */
    public Color toward(double amount) {
        return mix(foreground, background, amount);
    }

    static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
