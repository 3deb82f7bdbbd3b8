package dev.unhunch.platform.dbus;

import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBus;

/**
 * Whether a StatusNotifierItem host (the tray of KDE Plasma, of GNOME with the AppIndicator
 * extension, of most other Wayland panels) runs: whether {@code org.kde.StatusNotifierWatcher} has
 * an owner on the session bus. An AppIndicator tray icon is only seen where it has one.
 *
 * <p>Every question is bounded: a bus that accepts and never answers gives "cannot tell" after
 * {@link #TIMEOUT}, never a hang. The asking thread is a daemon and is left behind in that case.
 */
public final class StatusNotifierWatcher {

    public static final String BUS_NAME = "org.kde.StatusNotifierWatcher";
    /**
     * The longest a look may take, connecting included. The first look in a process loads
     * dbus-java's classes: over 2 s was seen on a busy two-core machine, so this is generous.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final Log LOG = Log.of(StatusNotifierWatcher.class);

    private StatusNotifierWatcher() {
    }

    /** On the session bus; empty when there is no session bus or it does not answer in time. */
    public static Optional<Boolean> present() {
        String address = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (address == null || address.isBlank()) {
            // dbus-java would fall back to X11 autolaunch files; a desktop session always sets it
            return Optional.empty();
        }
        return present(address);
    }

    /** On the bus at {@code busAddress} (tests use a private bus). */
    public static Optional<Boolean> present(String busAddress) {
        FutureTask<Boolean> look = new FutureTask<>(() -> ask(busAddress));
        Thread thread = new Thread(look, "tray-watcher-look");
        thread.setDaemon(true);
        thread.start();
        try {
            return Optional.of(look.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            look.cancel(true);
            LOG.info("The session bus did not answer within " + TIMEOUT.toMillis()
                    + " ms; cannot tell whether a StatusNotifier tray runs");
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.debug(() -> "cannot ask the session bus for " + BUS_NAME + ": " + e.getCause());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static boolean ask(String busAddress) throws Exception {
        DBusConnection connection = BoundedBus.connect(DBusConnectionBuilder.forAddress(busAddress));
        try {
            DBus bus = connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
            return bus.NameHasOwner(BUS_NAME);
        } finally {
            try {
                connection.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug(() -> "closing the session bus: " + e);
            }
        }
    }
}
