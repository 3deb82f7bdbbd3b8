package dev.unhunch.platform.idle.dbus;

import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.core.log.Log;
import dev.unhunch.platform.idle.IdleAlarm;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;

/**
 * Mutter's idle monitor as an {@link IdleAlarm}: the idle time from {@code GetIdletime}, and waits
 * that end when one of its watches fires ({@code AddIdleWatch}, {@code AddUserActiveWatch}, the
 * {@code WatchFired} signal), so that on GNOME's Wayland the engine thread sleeps as it does with
 * X11's SYNC alarms instead of polling every 2 s. The signal arrives on dbus-java's signal thread,
 * which only records the watch and wakes the waiting (engine) thread. Every call is bounded
 * ({@link dev.unhunch.platform.dbus.BoundedBus}); a failed call throws {@link
 * IdleSourceUnavailableException}, and the heartbeat then polls.
 */
final class MutterIdleWatches implements IdleAlarm {

    static final String NAME = "GNOME Mutter IdleMonitor (D-Bus)";
    private static final Log LOG = Log.of(MutterIdleWatches.class);

    private final DBusConnection connection;
    private final MutterIdleMonitor monitor;
    private final AutoCloseable registration;
    private final Object lock = new Object();
    /** Watches that fired since the current wait armed its own; guarded by {@link #lock}. */
    private final Set<Long> fired = new HashSet<>();
    private boolean wokenUp;
    /** The idle watch kept between waits (engine thread only), -1 when none. */
    private volatile long idleWatchId = -1;
    private long idleWatchMillis;
    private volatile boolean closed;

    private MutterIdleWatches(DBusConnection connection, MutterIdleMonitor monitor) throws DBusException {
        this.connection = connection;
        this.monitor = monitor;
        this.registration = connection.addSigHandler(MutterIdleMonitor.WatchFired.class, signal -> {
            if (DbusIdleSources.MUTTER_PATH.equals(signal.getPath())) {
                synchronized (lock) {
                    fired.add(signal.getId().longValue());
                    lock.notifyAll();
                }
            }
        });
    }

    /** Binds to Mutter on the connection and takes a first reading; closes nothing on failure. */
    static MutterIdleWatches open(DBusConnection connection) throws DBusException {
        MutterIdleMonitor monitor = connection.getRemoteObject(DbusIdleSources.MUTTER_BUS_NAME,
                DbusIdleSources.MUTTER_PATH, MutterIdleMonitor.class);
        MutterIdleWatches watches = new MutterIdleWatches(connection, monitor);
        watches.idleTime();
        return watches;
    }

    @Override
    public Duration idleTime() {
        return call(() -> DbusIdleSources.fromMutterMillis(monitor.GetIdletime().longValue()));
    }

    @Override
    public boolean awaitIdle(Duration threshold, Duration timeout) throws InterruptedException {
        long millis = Math.max(1, threshold.toMillis());
        if (idleWatchId < 0 || idleWatchMillis != millis) {
            // An idle watch fires once per idle period and stays: it is kept while the threshold
            // holds, so an active user's beat costs one call (the beat's reading), not four.
            removeIdleWatch();
            if (idleTime().compareTo(threshold) >= 0) {
                return true;
            }
            idleWatchId = call(() -> monitor.AddIdleWatch(new UInt64(millis))).longValue();
            idleWatchMillis = millis;
        }
        return waitFor(idleWatchId, timeout);
    }

    private void removeIdleWatch() {
        if (idleWatchId >= 0) {
            long id = idleWatchId;
            idleWatchId = -1;
            removeQuietly(id);
        }
    }

    @Override
    public boolean awaitActivity(Duration timeout) throws InterruptedException {
        long id = call(monitor::AddUserActiveWatch).longValue();
        boolean seen = waitFor(id, timeout);
        if (!seen) {
            // a fired user-active watch is gone by itself; an unfired one would fire later for nothing
            removeQuietly(id);
        }
        return seen;
    }

    @Override
    public boolean sleep(Duration timeout) throws InterruptedException {
        waitFor(-1, timeout);
        return false;
    }

    /** Waits until watch {@code id} fired (-1: none), the timeout passes or a wake-up comes. */
    private boolean waitFor(long id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            try {
                while (true) {
                    if (id >= 0 && fired.remove(id)) {
                        return true;
                    }
                    if (wokenUp || closed) {
                        wokenUp = false;
                        return false;
                    }
                    long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
                    if (leftMillis <= 0) {
                        return false;
                    }
                    lock.wait(leftMillis);
                }
            } finally {
                // the kept idle watch may fire between two waits: that must end the next one
                long kept = idleWatchId;
                fired.removeIf(watch -> watch != kept);
            }
        }
    }

    @Override
    public void wakeUp() {
        synchronized (lock) {
            wokenUp = true;
            lock.notifyAll();
        }
    }

    private void removeQuietly(long id) {
        try {
            monitor.RemoveWatch(new UInt32(id));
        } catch (RuntimeException e) {
            LOG.debug(() -> "removing Mutter idle watch " + id + ": " + e.getMessage());
        }
    }

    private <T> T call(java.util.function.Supplier<T> call) {
        if (closed) {
            throw new IdleSourceUnavailableException(NAME + " is closed");
        }
        try {
            return call.get();
        } catch (IdleSourceUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // DBusExecutionException and its errors (ServiceUnknown, NoReply, NotConnected...)
            throw new IdleSourceUnavailableException(NAME + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describeWaits() {
        return "waits for Mutter's idle watches (input, idleness) or the next due time";
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        wakeUp();
        try {
            registration.close();
        } catch (Exception e) {
            LOG.debug(() -> "removing the WatchFired handler: " + e);
        }
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug(() -> "closing the session bus: " + e);
        }
    }
}
