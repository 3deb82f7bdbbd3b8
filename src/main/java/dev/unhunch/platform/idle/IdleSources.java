package dev.unhunch.platform.idle;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.core.time.Ticker;
import dev.unhunch.platform.idle.IdleSourceCandidate.Kind;
import dev.unhunch.platform.idle.IdleSourceCandidate.Opener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Picks the idle source for this machine at start-up.
 *
 * <p>The order, best first:
 * <ul>
 *   <li>Windows: GetLastInputInfo, then the pointer.
 *   <li>macOS: CGEventSource, then the pointer.
 *   <li>Wayland: GNOME's Mutter IdleMonitor and org.freedesktop.ScreenSaver over D-Bus (Mutter
 *       first on GNOME, ScreenSaver first elsewhere), then the X11 SYNC IDLETIME counter through XWayland when
 *       {@code DISPLAY} is set (it only sees input to X11 windows), then the pointer.
 *   <li>X11: the SYNC extension's IDLETIME counter, then the pointer.
 *   <li>no session: the pointer, which fails when AWT is headless.
 * </ul>
 * When nothing opens the result answers like a {@link NoIdleSource}. The D-Bus library is only
 * loaded when a Wayland candidate is actually opened.
 */
public final class IdleSources {

    private IdleSources() {
    }

    /** The best source for the environment, with failover to the rest of {@link #plan}. */
    public static FailoverIdleSource best(Environment env) {
        return best(env, Ticker.system());
    }

    /** As {@link #best(Environment)}, with the ticker the pointer fallback measures with. */
    public static FailoverIdleSource best(Environment env, Ticker ticker) {
        Objects.requireNonNull(ticker, "ticker");
        return best(env, kind -> defaultOpener(kind, env, ticker));
    }

    /** As {@link #best(Environment)}, opening each kind with the given openers (tests fake them). */
    public static FailoverIdleSource best(Environment env, Function<Kind, Opener> openers) {
        List<IdleSourceCandidate> candidates = new ArrayList<>();
        for (Kind kind : plan(env)) {
            candidates.add(new IdleSourceCandidate(kind, openers.apply(kind)));
        }
        return FailoverIdleSource.open(candidates);
    }

    /** The kinds worth trying in this environment, best first. */
    public static List<Kind> plan(Environment env) {
        List<Kind> kinds = new ArrayList<>();
        switch (env.os()) {
            case WINDOWS -> kinds.add(Kind.WINDOWS_LAST_INPUT);
            case MAC -> kinds.add(Kind.MAC_CG_EVENT_SOURCE);
            case UNIX -> {
                switch (env.session()) {
                    case WAYLAND -> {
                        if (env.desktopIs("GNOME")) {
                            kinds.add(Kind.GNOME_MUTTER);
                            kinds.add(Kind.FREEDESKTOP_SCREENSAVER);
                        } else {
                            kinds.add(Kind.FREEDESKTOP_SCREENSAVER);
                            kinds.add(Kind.GNOME_MUTTER);
                        }
                        if (env.get("DISPLAY").isPresent()) {
                            kinds.add(Kind.X11_SYNC_IDLETIME);
                        }
                    }
                    case X11 -> kinds.add(Kind.X11_SYNC_IDLETIME);
                    case NONE -> { }
                    default -> throw new IllegalStateException("unknown session " + env.session());
                }
            }
            default -> throw new IllegalStateException("unknown os " + env.os());
        }
        kinds.add(Kind.POINTER);
        return List.copyOf(kinds);
    }

    /** The real opener of each kind; nothing native is loaded until the opener runs. */
    static Opener defaultOpener(Kind kind, Environment env, Ticker ticker) {
        return switch (kind) {
            case X11_SYNC_IDLETIME -> () -> openX11(env);
            case WINDOWS_LAST_INPUT -> () -> WindowsIdleSource.open();
            case MAC_CG_EVENT_SOURCE -> () -> MacIdleSource.open();
            // Lambdas, not method references: the D-Bus classes resolve only when these run.
            case GNOME_MUTTER -> () -> dev.unhunch.platform.idle.dbus.DbusIdleSources.gnomeMutter();
            case FREEDESKTOP_SCREENSAVER -> () -> dev.unhunch.platform.idle.dbus.DbusIdleSources.freedesktopScreenSaver();
            case POINTER -> () -> PointerIdleSource.open(ticker);
        };
    }

    private static IdleSource openX11(Environment env) {
        X11IdleAlarm x11 = X11IdleAlarm.open();
        if (env.session() != Environment.Session.WAYLAND) {
            return x11;
        }
        return new XWaylandIdleSource(x11);
    }

    /**
     * The X11 source under a Wayland compositor, named for what it misses; its alarms work there
     * as on X11, so the engine thread still sleeps between beats.
     */
    static final class XWaylandIdleSource implements IdleAlarm {
        private final X11IdleAlarm x11;

        XWaylandIdleSource(X11IdleAlarm x11) {
            this.x11 = x11;
        }

        @Override
        public Duration idleTime() throws IdleSourceUnavailableException {
            return x11.idleTime();
        }

        @Override
        public String name() {
            return x11.name() + " via XWayland — input to Wayland windows is not seen";
        }

        String displayName() {
            return x11.displayName();
        }

        @Override
        public boolean awaitIdle(Duration threshold, Duration timeout) throws InterruptedException {
            return x11.awaitIdle(threshold, timeout);
        }

        @Override
        public boolean awaitActivity(Duration timeout) throws InterruptedException {
            return x11.awaitActivity(timeout);
        }

        @Override
        public boolean sleep(Duration timeout) throws InterruptedException {
            return x11.sleep(timeout);
        }

        @Override
        public void wakeUp() {
            x11.wakeUp();
        }

        @Override
        public String describeWaits() {
            return x11.describeWaits() + " (XWayland)";
        }

        @Override
        public void close() {
            x11.close();
        }
    }
}
