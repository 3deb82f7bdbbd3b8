package dev.unhunch.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.function.BooleanSupplier;
import javax.swing.UIManager;

/**
 * Installs the FlatLaf look and switches it between light and dark while running.
 *
 * <p>The look is chosen at start but installed only when the first window is about to be made
 * ({@link #ensureInstalled()}): the tray is a native menu and needs none of Swing's look, and the
 * look's classes and defaults cost ~8 MB and ~0.2 s at start (bench/README.md). Every entry point
 * that makes a window calls {@link #ensureInstalled()} first.
 */
public final class Themes {

    private static volatile BooleanSupplier wantsDark = () -> false;
    private static volatile boolean installed;

    private Themes() {
    }

    /**
     * Chooses the look without loading it; any thread. The supplier is asked once, on the EDT,
     * when the first window needs the look (it may ask the desktop, which takes a moment).
     */
    public static void choose(BooleanSupplier dark) {
        wantsDark = dark;
    }

    /**
     * Switches every open window to the light or dark look at once, or only remembers the choice
     * while no window has needed the look yet; call on the EDT.
     */
    public static void switchTo(boolean dark) {
        wantsDark = () -> dark;
        if (installed) {
            install(dark);
            FlatLaf.updateUI();
        }
    }

    /** Installs the chosen look unless it is there already; call on the EDT before making a window. */
    public static void ensureInstalled() {
        if (!installed) {
            install(wantsDark.getAsBoolean());
        }
    }

    /** Whether a look has been installed (windows made before it would need updating). */
    public static boolean isInstalled() {
        return installed;
    }

    /** Installs the light or dark FlatLaf theme now; call on the EDT. */
    public static void install(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        UIManager.put("Component.arc", 10);
        UIManager.put("Button.arc", 10);
        installed = true;
    }
}
