package dev.unhunch.platform.idle.dbus;

import dev.unhunch.core.log.Log;
import dev.unhunch.platform.idle.SleepSignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;

/**
 * logind's {@code PrepareForSleep} signal ({@code org.freedesktop.login1.Manager} on the system
 * bus) as a {@link SleepSignal}. Only signals sent by the owner of {@code org.freedesktop.login1}
 * are passed on. The callback runs on dbus-java's signal thread.
 *
 * <p>Fails soft: without a system bus (containers, CI) it logs once per process and returns an
 * inert subscription.
 */
public final class LogindSleepSignal implements SleepSignal {

    private static final Log LOG = Log.of(LogindSleepSignal.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    static final String LOGIN1_BUS_NAME = "org.freedesktop.login1";

    private final DBusConnection connection;
    private final AutoCloseable registration;
    private final String description;
    private boolean closed;

    private LogindSleepSignal(DBusConnection connection, AutoCloseable registration, String description) {
        this.connection = connection;
        this.registration = registration;
        this.description = description;
    }

    /** Where the system bus listens unless {@code DBUS_SYSTEM_BUS_ADDRESS} says otherwise. */
    static final Path DEFAULT_SYSTEM_BUS_SOCKET = Path.of("/var/run/dbus/system_bus_socket");

    /** Listens on the system bus. */
    public static SleepSignal open(Consumer<Boolean> goingToSleep) {
        String configured = System.getenv("DBUS_SYSTEM_BUS_ADDRESS");
        if ((configured == null || configured.isBlank()) && !Files.exists(DEFAULT_SYSTEM_BUS_SOCKET)) {
            // Spares the connect attempt (and its timeout) where there is plainly no bus.
            Objects.requireNonNull(goingToSleep, "goingToSleep");
            return inert("no system D-Bus (no " + DEFAULT_SYSTEM_BUS_SOCKET + ")");
        }
        return open(DBusConnectionBuilder.forSystemBus(), "logind PrepareForSleep on the system bus", goingToSleep);
    }

    /** Listens on the bus at the given D-Bus address (tests use a private bus). */
    public static SleepSignal open(String busAddress, Consumer<Boolean> goingToSleep) {
        return open(DBusConnectionBuilder.forAddress(busAddress), "logind PrepareForSleep on " + busAddress,
                goingToSleep);
    }

    private static SleepSignal open(DBusConnectionBuilder builder, String description, Consumer<Boolean> goingToSleep) {
        Objects.requireNonNull(goingToSleep, "goingToSleep");
        DBusConnection connection;
        try {
            connection = DbusIdleSources.build(builder);
        } catch (DBusException | RuntimeException e) {
            return inert("no system D-Bus (" + e.getMessage() + ")");
        }
        try {
            // dbus-java filters by unique names only; logind's can change when it restarts, so the
            // sender is checked against the current owner of the well-known name per signal
            // (two per suspend: cheap).
            AutoCloseable registration = connection.addSigHandler(Login1Manager.PrepareForSleep.class, signal -> {
                if (isFromLogind(connection, signal.getSource())) {
                    goingToSleep.accept(signal.start());
                } else {
                    LOG.warn("ignored PrepareForSleep from " + signal.getSource() + ", which is not logind");
                }
            });
            LOG.info(() -> "listening to " + description);
            return new LogindSleepSignal(connection, registration, description);
        } catch (DBusException | RuntimeException e) {
            closeQuietly(connection);
            return inert("cannot subscribe to PrepareForSleep (" + e.getMessage() + ")");
        }
    }

    private static boolean isFromLogind(DBusConnection connection, String sender) {
        try {
            return sender != null && sender.equals(connection.getDBusOwnerName(LOGIN1_BUS_NAME));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static SleepSignal inert(String reason) {
        if (WARNED.compareAndSet(false, true)) {
            LOG.warn("sleep notices unavailable: " + reason + "; sleep is still detected afterwards by the clock");
        }
        return SleepSignal.none(reason);
    }

    @Override
    public boolean listening() {
        return true;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            registration.close();
        } catch (Exception e) {
            LOG.debug(() -> "removing the PrepareForSleep handler: " + e);
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(DBusConnection connection) {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug(() -> "closing the system bus: " + e);
        }
    }
}
