package dev.unhunch.ui.breakwindow;

import java.awt.Color;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JWindow;

/**
 * Dark windows over every screen for a long break in strict mode, so the break window in front
 * is the only thing to look at. Translucent where the screen supports it, dark otherwise.
 */
final class ScreenDimmer {

    static final String WINDOW_NAME = "unhunch.dimmer";
    private static final float OPACITY = 0.82f;

    private final List<JWindow> windows = new ArrayList<>();

    /**
     * Covers every screen; call on the EDT before showing the break window.
     *
     * @param raiseBreakWindow brings the break window back to the front when a cover is clicked
     */
    void cover(Runnable raiseBreakWindow) {
        if (!windows.isEmpty()) {
            return;
        }
        for (GraphicsDevice device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            JWindow w = new JWindow(device.getDefaultConfiguration());
            w.setName(WINDOW_NAME);
            w.setFocusableWindowState(false);
            w.setAutoRequestFocus(false);
            w.setAlwaysOnTop(true);
            w.getContentPane().setBackground(new Color(12, 14, 18));
            w.setBounds(device.getDefaultConfiguration().getBounds());
            if (device.isWindowTranslucencySupported(GraphicsDevice.WindowTranslucency.TRANSLUCENT)) {
                w.setOpacity(OPACITY);
            }
            w.getContentPane().addMouseListener(new java.awt.event.MouseAdapter() {
                @Override
                public void mousePressed(java.awt.event.MouseEvent e) {
                    raiseBreakWindow.run();
                }
            });
            w.setVisible(true);
            windows.add(w);
        }
    }

    /** Whether screens are covered now. */
    boolean covering() {
        return !windows.isEmpty();
    }

    /** Removes the cover; call on the EDT. */
    void uncover() {
        windows.forEach(JWindow::dispose);
        windows.clear();
    }
}
