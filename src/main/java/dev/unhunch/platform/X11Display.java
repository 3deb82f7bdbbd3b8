package dev.unhunch.platform;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import dev.unhunch.core.log.Log;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks the X server the two questions start-up has, through a short Xlib connection of its own:
 * does the display answer, and is an XEmbed tray host (a panel's notification area, trayer,
 * stalonetray) running, i.e. does someone own the {@code _NET_SYSTEM_TRAY_S<screen>} selection
 * (freedesktop System Tray Protocol). AWT answers both too, but only by starting its toolkit: an
 * X connection, Java2D's pipelines (~0.13 s here) and an event thread that the GTK tray never uses.
 */
public final class X11Display {

    private static final Log LOG = Log.of(X11Display.class);

    /** The installed handler, kept reachable: JNA frees a callback whose object is collected. */
    private static volatile ConnectionLostHandler installed;

    private X11Display() {
    }

    /**
     * Makes Xlib safe to use from several threads: GTK's event loop (the tray), AWT's toolkit and
     * the engine's idle alarm each open a connection on a thread of their own. Must run before any
     * other Xlib call in the process, so the start path calls it first (ADR 0010). Without it, two
     * threads entering Xlib at once (one in {@code XOpenDisplay}, one in
     * {@code XSetErrorHandler}) deadlocked about one start in 80 and froze the X server.
     *
     * @return true when Xlib is now thread-safe; false where there is no Xlib (not Linux or BSD,
     *     no libX11) or it refused
     */
    public static boolean initThreads() {
        return xlib().map(xlib -> xlib.XInitThreads() != 0).orElse(false);
    }

    /**
     * Runs {@code onLost} and ends the process with {@code exitCode} when any Xlib connection of
     * this process (AWT's, GTK's, the idle alarm's) loses its X server. Xlib reports that through
     * its one process-wide I/O error handler and, once the handler returns, calls {@code exit()}
     * from native code, which skips Java's shutdown hooks: the socket would stay behind and the
     * log would say nothing. So the handler never returns: it runs {@code onLost} on the thread
     * that met the error and then halts ({@link Runtime#halt}), again without shutdown hooks,
     * since {@link System#exit} from inside Xlib could wait forever on a hook or a lock (AWT's,
     * Xlib's display lock) held by the very call that failed.
     *
     * <p>{@code onLost} must therefore do only what cannot block on the display: log, remove a
     * file, flush the log. It runs once: when several connections fail together, the others wait
     * for its halt (at most 5 s, then halt themselves). A second call replaces the first. GTK and AWT install handlers of their
     * own when they start; {@link #reassertConnectionLostHandler()} takes ours back.
     *
     * @return true when installed; false where there is no Xlib
     */
    public static boolean onConnectionLost(Runnable onLost, int exitCode) {
        java.util.Objects.requireNonNull(onLost, "onLost");
        return xlib().map(xlib -> {
            ConnectionLostHandler handler = new ConnectionLostHandler(onLost, exitCode);
            installed = handler;
            xlib.XSetIOErrorHandler(handler);
            return true;
        }).orElse(false);
    }

    /**
     * Installs the handler of {@link #onConnectionLost} again if a library replaced it since
     * (GDK sets one that ends the process with {@code _exit(1)} when GTK starts, AWT one when its
     * toolkit starts); cheap enough to call on every engine tick.
     *
     * @return true when it had been replaced and was taken back; false when it was in place or
     *     none was installed
     */
    public static boolean reassertConnectionLostHandler() {
        ConnectionLostHandler handler = installed;
        if (handler == null) {
            return false;
        }
        return xlib().map(xlib -> {
            Pointer previous = xlib.XSetIOErrorHandler(handler);
            boolean replaced = previous == null || !previous.equals(CallbackReference.getFunctionPointer(handler));
            if (replaced && handler.retakes++ == 0) {
                LOG.info("Another library had replaced the handler for a lost X server; it is back in place");
            }
            return replaced;
        }).orElse(false);
    }

    /** Xlib's {@code XIOErrorHandler}: {@code int (*)(Display *)}. */
    private interface IoErrorHandler extends Callback {
        int invoke(Pointer display);
    }

    private static final class ConnectionLostHandler implements IoErrorHandler {
        private static final java.util.concurrent.atomic.AtomicBoolean FIRST = new java.util.concurrent.atomic.AtomicBoolean();
        private static final long HALT_BOUND_NANOS = 5_000_000_000L;
        private final Runnable onLost;
        private final int exitCode;
        int retakes;

        ConnectionLostHandler(Runnable onLost, int exitCode) {
            this.onLost = onLost;
            this.exitCode = exitCode;
        }

        @Override
        public int invoke(Pointer display) {
            if (!FIRST.compareAndSet(false, true)) {
                // another connection met the same end at the same time and is running onLost: wait
                // for its halt (returning would let Xlib exit() under it), halting after a bound
                long deadline = System.nanoTime() + HALT_BOUND_NANOS;
                while (System.nanoTime() < deadline) {
                    java.util.concurrent.locks.LockSupport.parkNanos(deadline - System.nanoTime());
                }
                Runtime.getRuntime().halt(exitCode);
            }
            try {
                onLost.run();
            } catch (Throwable e) { // nothing may stop the halt: returning would let Xlib exit() anyway
                try {
                    e.printStackTrace();
                } catch (Throwable ignored) {
                    // the halt below matters more
                }
            } finally {
                Runtime.getRuntime().halt(exitCode);
            }
            return 0;
        }
    }

    /**
     * Whether {@code $DISPLAY} accepts a connection; empty when that cannot be asked here (not
     * Linux or BSD, no libX11).
     */
    public static Optional<Boolean> answers() {
        return ask(display -> true).or(() -> xlib().map(x -> false));
    }

    /**
     * Whether a tray host owns the selection on the default screen of {@code $DISPLAY}; empty when
     * the question cannot be asked here (not Linux or BSD, no libX11, no display to connect to).
     */
    public static Optional<Boolean> trayHostPresent() {
        return xlib().flatMap(xlib -> ask(display -> {
            int screen = xlib.XDefaultScreen(display);
            NativeLong selection = xlib.XInternAtom(display, "_NET_SYSTEM_TRAY_S" + screen, false);
            return xlib.XGetSelectionOwner(display, selection).longValue() != 0;
        }));
    }

    /** Runs {@code question} on a fresh connection; empty without libX11 or a display. */
    private static Optional<Boolean> ask(Function<Pointer, Boolean> question) {
        return xlib().flatMap(xlib -> {
            Pointer display = xlib.XOpenDisplay(null);
            if (display == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(question.apply(display));
            } finally {
                xlib.XCloseDisplay(display);
            }
        });
    }

    private static Optional<Xlib> xlib() {
        if (!Platform.isLinux() && !Platform.isFreeBSD() && !Platform.isOpenBSD()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Holder.XLIB);
        } catch (UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError e) {
            LOG.info("Xlib is not available: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static final class Holder {
        static final Xlib XLIB = Native.load("libX11.so.6", Xlib.class);
    }

    private interface Xlib extends Library {
        int XInitThreads();

        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        int XDefaultScreen(Pointer display);

        NativeLong XInternAtom(Pointer display, String name, boolean onlyIfExists);

        NativeLong XGetSelectionOwner(Pointer display, NativeLong selection);

        Pointer XSetIOErrorHandler(IoErrorHandler handler);
    }
}
