package dev.unhunch.ui.tray;

import dev.unhunch.core.log.Log;
import dorkbox.systemTray.SystemTray;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Chooses and opens the tray. On X11 with an XEmbed tray host the GTK status icon is used: its
 * menu is a native GTK menu that works with or without a window manager (the Swing tray's popup
 * closes itself when no window manager gives it focus). On full desktops without an XEmbed host
 * Dorkbox's own detection picks AppIndicator; with no tray at all a {@link StatusWindow} stands
 * in, and the reason is logged once. It never throws for a missing tray.
 */
public final class Trays {

    private static final Log LOG = Log.of(Trays.class);

    private Trays() {
    }

    /** Opens the tray; call on the EDT. {@code onWindowClosed} runs when the stand-in window is closed. */
    public static TrayPort open(TrayKind kind, List<TrayMenuItem> items,
            IntFunction<BufferedImage> iconAtSize, Runnable onWindowClosed) {
        SystemTray.TrayType type = dorkboxType(kind, System.getProperty("os.name", ""), System.getenv());
        if (type == null) {
            LOG.info("No system tray found (no tray host on this display); showing the status window instead");
            return new StatusWindow(items, iconAtSize, onWindowClosed);
        }
        try {
            TrayPort tray = DorkboxTray.open(type, items, iconAtSize);
            if (tray != null) {
                return tray;
            }
            LOG.info("The system tray (" + type + ") is not available; showing the status window instead");
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The system tray (" + type + ") failed to start; showing the status window instead", e);
        }
        return new StatusWindow(items, iconAtSize, onWindowClosed);
    }

    /** The Dorkbox tray type to ask for, or null when the status window should be used. */
    static SystemTray.TrayType dorkboxType(TrayKind kind, String osName, Map<String, String> env) {
        switch (kind) {
            case WINDOW:
                return null;
            case SWING:
                return SystemTray.TrayType.Swing;
            case AWT:
                return SystemTray.TrayType.Awt;
            case GTK:
                return SystemTray.TrayType.Gtk;
            case APPINDICATOR:
                return SystemTray.TrayType.AppIndicator;
            default:
                break;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (!os.startsWith("linux") && !os.contains("bsd")) {
            return SystemTray.TrayType.AutoDetect;
        }
        if (xembedTrayHostPresent()) {
            return SystemTray.TrayType.Gtk;
        }
        String desktop = env.getOrDefault("XDG_CURRENT_DESKTOP", "");
        // A full desktop may offer AppIndicator (StatusNotifier) without an XEmbed host; let Dorkbox detect it.
        return desktop.isBlank() ? null : SystemTray.TrayType.AutoDetect;
    }

    private static boolean xembedTrayHostPresent() {
        try {
            return java.awt.SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
