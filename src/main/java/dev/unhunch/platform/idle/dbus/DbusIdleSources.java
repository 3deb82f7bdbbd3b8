package dev.unhunch.platform.idle.dbus;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.core.log.Log;
import dev.unhunch.platform.dbus.BoundedBus;
import java.io.IOException;
import java.time.Duration;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;

/**
 * Wayland idle sources over the session D-Bus: GNOME Mutter's {@code IdleMonitor} and {@code
 * org.freedesktop.ScreenSaver.GetSessionIdleTime}.
 *
 * <p>This is the only place (with {@link LogindSleepSignal}) that touches dbus-java; the factory
 * reaches it through lambdas so that X11, Windows and macOS never load the library.
 *
 * <p>Units: Mutter answers in milliseconds. For {@code GetSessionIdleTime} we assume
 * milliseconds, which is what KDE Plasma, the main desktop that implements it, returns (it passes
 * KIdleTime's value through); the old freedesktop draft said seconds, and an implementation that
 * follows it would make idle time look 1000 times shorter: breaks would then follow active time
 * pessimistically (never a false "you were away"). GNOME Shell exports the interface but answers
 * this call with an error, so on GNOME it fails and the next candidate is tried.
 */
public final class DbusIdleSources {

    private static final Log LOG = Log.of(DbusIdleSources.class);

    static final String MUTTER_BUS_NAME = "org.gnome.Mutter.IdleMonitor";
    static final String MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core";
    static final String SCREENSAVER_BUS_NAME = "org.freedesktop.ScreenSaver";
    static final String SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver";

    private DbusIdleSources() {
    }

    /** Mutter's idle monitor on the session bus. */
    public static IdleSource gnomeMutter() {
        return gnomeMutter(connect(DBusConnectionBuilder.forSessionBus()));
    }

    /** org.freedesktop.ScreenSaver on the session bus. */
    public static IdleSource freedesktopScreenSaver() {
        return freedesktopScreenSaver(connect(DBusConnectionBuilder.forSessionBus()));
    }

    /** Mutter's idle monitor on the bus at the given D-Bus address (tests use a private bus). */
    public static IdleSource gnomeMutter(String busAddress) {
        return gnomeMutter(connect(DBusConnectionBuilder.forAddress(busAddress)));
    }

    /** org.freedesktop.ScreenSaver on the bus at the given D-Bus address. */
    public static IdleSource freedesktopScreenSaver(String busAddress) {
        return freedesktopScreenSaver(connect(DBusConnectionBuilder.forAddress(busAddress)));
    }

    private static IdleSource gnomeMutter(DBusConnection connection) {
        try {
            MutterIdleWatches watches = MutterIdleWatches.open(connection);
            LOG.info(() -> "idle time from " + MutterIdleWatches.NAME);
            return watches;
        } catch (DBusException | RuntimeException e) {
            closeQuietly(connection);
            Throwable cause = e instanceof IdleSourceUnavailableException && e.getCause() != null ? e.getCause() : e;
            throw new IdleSourceUnavailableException(MutterIdleWatches.NAME + " does not answer: " + cause.getMessage(), e);
        }
    }

    private static IdleSource freedesktopScreenSaver(DBusConnection connection) {
        return openOn(connection, "org.freedesktop.ScreenSaver (D-Bus)", () -> {
            FreedesktopScreenSaver saver = connection.getRemoteObject(SCREENSAVER_BUS_NAME, SCREENSAVER_PATH,
                    FreedesktopScreenSaver.class);
            return () -> fromScreenSaverMillis(saver.GetSessionIdleTime().longValue());
        });
    }

    /**
     * Mutter's {@code GetIdletime} (an unsigned 64-bit millisecond count) as a duration.
     *
     * @throws IdleSourceUnavailableException for values above {@link Long#MAX_VALUE} (negative
     *     here), which no real monitor reports
     */
    public static Duration fromMutterMillis(long unsignedMillis) {
        if (unsignedMillis < 0) {
            throw new IdleSourceUnavailableException("Mutter reported an impossible idle time "
                    + Long.toUnsignedString(unsignedMillis) + " ms");
        }
        return Duration.ofMillis(unsignedMillis);
    }

    /** {@code GetSessionIdleTime}'s unsigned 32-bit value, taken as milliseconds (see class doc). */
    public static Duration fromScreenSaverMillis(long unsignedMillis) {
        return Duration.ofMillis(unsignedMillis & 0xFFFF_FFFFL);
    }

    /** The bound on one method call (and so on a first reading); see {@link BoundedBus}. */
    static final long CALL_TIMEOUT_MILLIS = BoundedBus.CALL_TIMEOUT.toMillis();

    /**
     * A private (unshared) connection that gives up quickly when there is no bus, or one that
     * does not answer ({@link BoundedBus}).
     */
    static DBusConnection build(DBusConnectionBuilder builder) throws DBusException {
        return BoundedBus.connect(builder);
    }

    private static DBusConnection connect(DBusConnectionBuilder builder) {
        try {
            return build(builder);
        } catch (DBusException | RuntimeException e) {
            throw new IdleSourceUnavailableException("no session D-Bus: " + e.getMessage(), e);
        }
    }

    /** Binds the reading, takes a first one to prove the service answers, else closes the bus. */
    private static IdleSource openOn(DBusConnection connection, String name, Binder binder) {
        try {
            DbusIdleSource source = new DbusIdleSource(connection, name, binder.bind());
            source.idleTime();
            LOG.info(() -> "idle time from " + name);
            return source;
        } catch (DBusException | RuntimeException e) {
            closeQuietly(connection);
            Throwable cause = e instanceof IdleSourceUnavailableException && e.getCause() != null ? e.getCause() : e;
            throw new IdleSourceUnavailableException(name + " does not answer: " + cause.getMessage(), e);
        }
    }

    private static void closeQuietly(DBusConnection connection) {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug(() -> "closing the session bus: " + e);
        }
    }

    /** Makes the reading once the proxy exists. */
    @FunctionalInterface
    private interface Binder {
        Reading bind() throws DBusException;
    }

    /** One idle reading. */
    @FunctionalInterface
    private interface Reading {
        Duration read();
    }

    /** A D-Bus idle source owning its private connection. */
    private static final class DbusIdleSource implements IdleSource {
        private final DBusConnection connection;
        private final String name;
        private final Reading reading;
        private boolean closed;

        DbusIdleSource(DBusConnection connection, String name, Reading reading) {
            this.connection = connection;
            this.name = name;
            this.reading = reading;
        }

        @Override
        public synchronized Duration idleTime() {
            if (closed) {
                throw new IdleSourceUnavailableException(name + " is closed");
            }
            try {
                return reading.read();
            } catch (IdleSourceUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                // DBusExecutionException and its errors (ServiceUnknown, NoReply, NotConnected...)
                throw new IdleSourceUnavailableException(name + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                closeQuietly(connection);
            }
        }
    }
}
