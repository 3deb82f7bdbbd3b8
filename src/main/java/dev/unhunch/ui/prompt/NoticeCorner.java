package dev.unhunch.ui.prompt;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;

/** Where the notice appears: the screen corner nearest the tray (top right on most desktops). */
public enum NoticeCorner {
    TOP_RIGHT, TOP_LEFT, BOTTOM_RIGHT, BOTTOM_LEFT;

    /** The top-left point for a window of the given size in this corner of {@code screen}. */
    public Point place(Dimension size, Rectangle screen, int margin) {
        boolean right = this == TOP_RIGHT || this == BOTTOM_RIGHT;
        boolean top = this == TOP_RIGHT || this == TOP_LEFT;
        int x = right ? screen.x + screen.width - size.width - margin : screen.x + margin;
        int y = top ? screen.y + margin : screen.y + screen.height - size.height - margin;
        return new Point(x, y);
    }
}
