package dev.unhunch.ui.tray;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Where the app shows its presence: a tray icon with a menu, or a small status window when the
 * desktop has no tray. All methods may be called from any thread; menu actions are delivered on
 * the Swing event dispatch thread.
 */
public interface TrayPort {

    /** A short name of the implementation in use, for About and diagnostics. */
    String kind();

    /** Whether this is the small status window that stands in for a missing tray (About says so in words). */
    default boolean isStatusWindow() {
        return false;
    }

    /** Updates the disabled status line at the top of the menu (e.g. "Next break in 12:30"). */
    void setStatus(String status);

    /** Replaces the icon; {@code pngAtSize} gives it as PNG bytes at the pixel size the tray asks for. */
    void setIcon(IntFunction<byte[]> pngAtSize);

    /**
     * Gives the menu entries new labels, e.g. after a change of language; {@code items} has the
     * shape of the menu the tray was opened with (same entries, same order), only the labels differ.
     */
    void relabel(List<TrayMenuItem> items);

    /** Removes the icon and releases the tray; safe to call twice. */
    void shutdown();
}
