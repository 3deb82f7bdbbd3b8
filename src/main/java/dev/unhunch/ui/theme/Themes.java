package dev.unhunch.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.function.BooleanSupplier;
import java.awt.Color;
import javax.swing.UIManager;
import javax.swing.plaf.ColorUIResource;

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
        WindowClass.ensureNamed(); // before the first window, whose WM_CLASS is set when it is made
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
        // text colours that reach 4.5:1 on the window background (WCAG AA), checked by
        // ThemeContrastTest; FlatLaf's Label.disabledForeground is ~3:1, too faint for help
        // lines and safety notes
        UIManager.put(SECONDARY, new ColorUIResource(dark ? 0xB8B8B8 : 0x595959));
        UIManager.put(ERROR, new ColorUIResource(dark ? 0xFF9E96 : 0xB3261E));
        UIManager.put(WARNING, new ColorUIResource(dark ? 0xF0C060 : 0x8A5300));
        // FlatDarkLaf's links (3.8:1) and selected rows (4.4:1) are a little too faint
        UIManager.put("Component.linkColor", new ColorUIResource(dark ? 0x8CC4FF : 0x1F5FBF));
        if (dark) {
            for (String key : new String[] {"List", "Table", "ComboBox", "Tree", "MenuItem", "Menu",
                "CheckBoxMenuItem", "RadioButtonMenuItem"}) {
                UIManager.put(key + ".selectionBackground", new ColorUIResource(0x3F5F9A));
            }
        }
        // a focus ring one can see: wider and in the accent colour at full strength
        UIManager.put("Component.focusWidth", 2);
        UIManager.put("Component.innerFocusWidth", 1);
        UIManager.put("Button.innerFocusWidth", 1);
        UIManager.put("Component.focusColor", new ColorUIResource(dark ? 0x6CB0FF : 0x1E6FD9));
        UIManager.put("Component.focusedBorderColor", new ColorUIResource(dark ? 0x6CB0FF : 0x1E6FD9));
        UIManager.put("Button.focusedBorderColor", new ColorUIResource(dark ? 0x6CB0FF : 0x1E6FD9));
        installed = true;
    }

    /** The UI key of quieter text (help lines, hints, sources), for {@code FlatLaf.style "$..."}. */
    public static final String SECONDARY = "Unhunch.secondaryForeground";
    /** The UI key of the text that says why a value is refused. */
    public static final String ERROR = "Unhunch.errorForeground";
    /** The UI key of the text that warns about a value the file held. */
    public static final String WARNING = "Unhunch.warningForeground";

    /** Quieter text that still reads at 4.5:1. */
    public static Color secondaryText() {
        return colour(SECONDARY, Color.DARK_GRAY);
    }

    /** Text saying what is wrong. */
    public static Color errorText() {
        return colour(ERROR, Color.RED.darker());
    }

    /** Text warning about the settings file. */
    public static Color warningText() {
        return colour(WARNING, new Color(0x8A5300));
    }

    private static Color colour(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c != null ? c : fallback;
    }
}
