package dev.unhunch.platform.interrupt;

import dev.unhunch.core.breaks.Interruption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The focused window is full screen, on X11 with a window manager that follows EWMH: the root
 * window's {@code _NET_ACTIVE_WINDOW} has {@code _NET_WM_STATE_FULLSCREEN} in its
 * {@code _NET_WM_STATE}. Asked through {@code xprop} (x11-utils) rather than on a connection of
 * ours: a window that closes between the two questions raises an X error, and Xlib's error
 * handler is process-wide (GTK and AWT own it here); in a tool of its own the error costs that
 * tool only.
 *
 * <p>On GNOME under Wayland Mutter tells other programs nothing about native Wayland windows, so
 * there the check is unavailable (XWayland's root window only knows X11 clients).
 */
final class FullScreenCheck implements InterruptionCheck {

    private static final Pattern WINDOW_ID = Pattern.compile("window id # (0x[0-9a-fA-F]+)");

    private final BoundedCommand command;
    private final String unavailable;

    /** @param unavailable why this desktop cannot answer, or null when it is X11 */
    FullScreenCheck(BoundedCommand command, String unavailable) {
        this.command = command;
        this.unavailable = unavailable;
    }

    @Override
    public Interruption kind() {
        return Interruption.FULL_SCREEN;
    }

    @Override
    public boolean holds() throws CheckFailedException {
        if (unavailable != null) {
            throw new CheckFailedException(unavailable);
        }
        String window = activeWindow(command.run(List.of("xprop", "-root", "_NET_ACTIVE_WINDOW")));
        if (window == null) {
            return false;
        }
        return fullScreen(command.run(List.of("xprop", "-id", window, "_NET_WM_STATE")));
    }

    /** The active window's id from xprop's answer, or null when there is none. */
    static String activeWindow(String xprop) {
        Matcher m = WINDOW_ID.matcher(xprop);
        if (!m.find()) {
            return null;
        }
        String id = m.group(1);
        return Long.parseLong(id.substring(2), 16) == 0 ? null : id;
    }

    /** Whether xprop's {@code _NET_WM_STATE} answer says full screen. */
    static boolean fullScreen(String xprop) {
        return xprop.contains("_NET_WM_STATE_FULLSCREEN");
    }

    @Override
    public String availability() {
        if (unavailable != null) {
            return "unavailable (" + unavailable + ")";
        }
        if (!BoundedCommand.onPath("xprop")) {
            return "unavailable (no xprop: install x11-utils)";
        }
        try {
            String answer = command.run(List.of("xprop", "-root", "_NET_SUPPORTING_WM_CHECK"));
            return answer.contains("_NET_SUPPORTING_WM_CHECK(WINDOW)")
                    ? "available (EWMH _NET_WM_STATE_FULLSCREEN of the active window)"
                    : "unavailable (no window manager that follows EWMH)";
        } catch (CheckFailedException e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }
}
