package dev.unhunch.platform.idle;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.core.log.Log;
import java.time.Duration;

/**
 * Idle time on X11 from the MIT-SCREEN-SAVER extension ({@code XScreenSaverQueryInfo} in
 * libXss), which the X server keeps for keyboard and pointer input alike.
 *
 * <p>The display named by {@code DISPLAY} is opened once in {@link #open()} and reused for every
 * query (one query is a round trip to the server, well under a millisecond locally); {@link
 * #close()} closes it. Calls are expected from one engine thread, but all methods are
 * synchronized so that a query racing a close fails cleanly instead of touching a freed
 * connection.
 *
 * <p>Xlib ends the process when the server connection breaks (its default I/O error handler); the
 * handler is process-wide and shared with AWT, so this class leaves it alone: without the X
 * server the session is over anyway.
 */
public final class X11IdleSource implements IdleSource {

    private static final Log LOG = Log.of(X11IdleSource.class);

    private final X11Native.Xlib xlib;
    private final X11Native.Xss xss;
    private final NativeLong root;
    private final X11Native.ScreenSaverInfo info = new X11Native.ScreenSaverInfo();
    private final String displayName;
    private Pointer display;

    private X11IdleSource(X11Native.Xlib xlib, X11Native.Xss xss, Pointer display) {
        this.xlib = xlib;
        this.xss = xss;
        this.display = display;
        this.root = xlib.XDefaultRootWindow(display);
        String shown = xlib.XDisplayString(display);
        this.displayName = shown == null || shown.isBlank() ? "?" : shown;
    }

    /**
     * Opens the display from the {@code DISPLAY} environment variable and checks that the server
     * offers MIT-SCREEN-SAVER.
     *
     * @throws IdleSourceUnavailableException when libX11/libXss cannot be loaded, the display does
     *     not open, or the extension is missing
     */
    public static X11IdleSource open() {
        X11Native.Xlib xlib;
        X11Native.Xss xss;
        try {
            xlib = X11Native.loadXlib();
            xss = X11Native.loadXss();
        } catch (UnsatisfiedLinkError e) {
            throw new IdleSourceUnavailableException("libX11 or libXss.so.1 not found (install libxss1): "
                    + FailoverIdleSource.reason(e), e);
        }
        Pointer display = xlib.XOpenDisplay(null);
        if (display == null) {
            throw new IdleSourceUnavailableException("cannot open the X display (DISPLAY="
                    + System.getenv("DISPLAY") + ")");
        }
        IntByReference eventBase = new IntByReference();
        IntByReference errorBase = new IntByReference();
        if (!xss.XScreenSaverQueryExtension(display, eventBase, errorBase)) {
            xlib.XCloseDisplay(display);
            throw new IdleSourceUnavailableException("the X server has no MIT-SCREEN-SAVER extension");
        }
        X11IdleSource source = new X11IdleSource(xlib, xss, display);
        LOG.info(() -> "idle time from " + source.name());
        return source;
    }

    @Override
    public synchronized Duration idleTime() {
        if (display == null) {
            throw new IdleSourceUnavailableException(name() + " is closed");
        }
        if (xss.XScreenSaverQueryInfo(display, root, info) == 0) {
            throw new IdleSourceUnavailableException("XScreenSaverQueryInfo failed on " + displayName);
        }
        // unsigned long on the C side; a negative NativeLong would mean a corrupt reply.
        long millis = info.idle.longValue();
        return Duration.ofMillis(Math.max(0, millis));
    }

    @Override
    public String name() {
        return "X11 XScreenSaver (libXss) on " + displayName;
    }

    /** The display string the connection was opened on, such as {@code :0}. */
    public String displayName() {
        return displayName;
    }

    @Override
    public synchronized void close() {
        if (display != null) {
            xlib.XCloseDisplay(display);
            display = null;
        }
    }
}
