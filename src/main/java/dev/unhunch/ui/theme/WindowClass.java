package dev.unhunch.ui.theme;

import dev.unhunch.core.log.Log;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.lang.reflect.Field;

/**
 * Names the app's windows "Unhunch" for the X11 window manager (the class part of WM_CLASS), so
 * that GNOME's dock and Alt+Tab group them under Unhunch and match the .desktop file's
 * StartupWMClass, not under "java-lang-Thread" (AWT takes the name from the class at the bottom of
 * the stack of the thread that first loaded its toolkit). AWT has no public way to set it; its X11
 * toolkit reads one static field when each window is made, which needs {@code --add-opens
 * java.desktop/sun.awt.X11=ALL-UNNAMED} (installer/jvm-options.txt). Without it, or on another
 * toolkit, nothing changes but the name.
 */
public final class WindowClass {

    /** The class part of WM_CLASS, as the .desktop file's StartupWMClass says it. */
    public static final String NAME = "Unhunch";

    private static final Log LOG = Log.of(WindowClass.class);
    private static volatile boolean done;

    private WindowClass() {
    }

    /** Sets the name unless done already; call before the first window is made. */
    public static void ensureNamed() {
        if (done || GraphicsEnvironment.isHeadless()) {
            return;
        }
        done = true;
        Toolkit toolkit = Toolkit.getDefaultToolkit();
        if (!toolkit.getClass().getName().equals("sun.awt.X11.XToolkit")) {
            return;
        }
        try {
            Field name = toolkit.getClass().getDeclaredField("awtAppClassName");
            name.setAccessible(true);
            name.set(null, NAME);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug(() -> "windows keep AWT's WM_CLASS (" + e + "); the launcher's --add-opens is missing");
        }
    }
}
