package dev.unhunch.ui.breakwindow;

import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.MouseInfo;
import java.awt.PointerInfo;
import java.awt.Rectangle;
import java.awt.Window;

/** Which screen to use: the one the pointer is on, so a break appears where the user looks. */
public final class Screens {

    private Screens() {
    }

    /** The screen under the pointer, or the default screen if the pointer cannot be found. */
    public static GraphicsDevice underPointer() {
        try {
            PointerInfo pointer = MouseInfo.getPointerInfo();
            if (pointer != null && pointer.getDevice() != null) {
                return pointer.getDevice();
            }
        } catch (SecurityException | java.awt.HeadlessException e) {
            // fall through to the default screen
        }
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
    }

    /** The part of a screen windows may use (without panels and docks where known). */
    public static Rectangle usableBounds(GraphicsDevice device) {
        Rectangle bounds = device.getDefaultConfiguration().getBounds();
        java.awt.Insets in = java.awt.Toolkit.getDefaultToolkit().getScreenInsets(device.getDefaultConfiguration());
        return new Rectangle(bounds.x + in.left, bounds.y + in.top,
                bounds.width - in.left - in.right, bounds.height - in.top - in.bottom);
    }

    /** Centres a window on a screen; call before showing it. */
    public static void centre(Window window, GraphicsDevice device) {
        Rectangle b = usableBounds(device);
        window.setLocation(b.x + (b.width - window.getWidth()) / 2, b.y + (b.height - window.getHeight()) / 2);
    }
}
