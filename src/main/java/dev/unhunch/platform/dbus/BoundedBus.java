package dev.unhunch.platform.dbus;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.connections.transports.AbstractTransport;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.messages.MethodCall;

/**
 * D-Bus connections whose every step is bounded in time. dbus-java's own connect timeout covers
 * only reaching the socket: a bus that accepts and then never answers (a hung daemon) held the
 * authentication or the first call for a minute or more, and the app sat in "starting". Here
 * connecting gives up after {@link #CONNECT_TIMEOUT}, and every method call after {@link
 * #CALL_TIMEOUT} (dbus-java's reply timeout is one setting for the whole process; Unhunch wants
 * the same short bound for all its calls).
 */
public final class BoundedBus {

    /** Reaching the socket, authenticating and saying Hello. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** One method call's reply. The services asked (Mutter, logind, the bus) answer in milliseconds. */
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

    /**
     * A bus that did not answer is not tried again for this long: the next user of the same bus
     * (the ScreenSaver candidate after Mutter's, the tray's watcher question) fails at once
     * instead of waiting out its own connect timeout.
     */
    static final Duration STALLED_MEMORY = Duration.ofSeconds(30);

    /** Bus address → when (System.nanoTime) a connect to it timed out. */
    private static final Map<String, Long> STALLED = new ConcurrentHashMap<>();

    static {
        MethodCall.setDefaultTimeout(CALL_TIMEOUT.toMillis());
    }

    private BoundedBus() {
    }

    private static void closeQuietly(AbstractTransport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (java.io.IOException | RuntimeException e) {
            // the socket is being abandoned either way
        }
    }

    /**
     * A private (unshared) connection, or an exception within {@link #CONNECT_TIMEOUT}. On a
     * stalled bus its socket is closed, which ends the connecting thread's blocked read.
     */
    public static DBusConnection connect(DBusConnectionBuilder builder) throws DBusException {
        String address = String.valueOf(builder.transportConfig().getBusAddress());
        Long stalledAt = STALLED.get(address);
        if (stalledAt != null && System.nanoTime() - stalledAt < STALLED_MEMORY.toNanos()) {
            throw new DBusException("the bus did not answer within " + CONNECT_TIMEOUT.toMillis()
                    + " ms (tried moments ago)");
        }
        AtomicReference<AbstractTransport> transport = new AtomicReference<>();
        FutureTask<DBusConnection> connecting = new FutureTask<>(() -> builder.withShared(false)
                .transportConfig().withTimeout((int) CONNECT_TIMEOUT.toMillis())
                .withPreConnectCallback(transport::set).back().build());
        Thread thread = new Thread(connecting, "dbus-connect");
        thread.setDaemon(true);
        thread.start();
        try {
            return connecting.get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            STALLED.put(address, System.nanoTime());
            connecting.cancel(true);
            closeQuietly(transport.get()); // ends the connect thread's blocked authentication read
            throw new DBusException("the bus did not answer within " + CONNECT_TIMEOUT.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DBusException dbus) {
                throw dbus;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DBusException(String.valueOf(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DBusException("interrupted while connecting to the bus");
        }
    }
}
