package dev.unhunch.platform.idle.dbus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;

/**
 * A small stand-in for Mutter's {@code IdleMonitor}, exported with dbus-java on a test bus: it
 * answers a settable idle time, keeps the watches clients add, fires them when the test says so
 * and counts every call, so that tests can check the app does not poll between beats.
 */
public final class MutterStandIn implements MutterIdleMonitor {

    /** A watch as a client added it: {@code idleMillis} 0 for a user-active watch. */
    public record Watch(long id, long idleMillis) {
    }

    private final DBusConnection connection;
    private final AtomicLong idleMillis = new AtomicLong(1_234);
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, Watch> watches = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger getIdletimeCalls = new AtomicInteger();

    private MutterStandIn(DBusConnection connection) {
        this.connection = connection;
    }

    /** Takes Mutter's bus name on the given connection and exports the monitor. */
    public static MutterStandIn export(DBusConnection connection) throws DBusException {
        MutterStandIn standIn = new MutterStandIn(connection);
        connection.requestBusName(DbusIdleSources.MUTTER_BUS_NAME);
        connection.exportObject(DbusIdleSources.MUTTER_PATH, standIn);
        return standIn;
    }

    public void setIdle(long millis) {
        idleMillis.set(millis);
    }

    @Override
    public UInt64 GetIdletime() {
        calls.add("GetIdletime");
        getIdletimeCalls.incrementAndGet();
        return new UInt64(idleMillis.get());
    }

    @Override
    public UInt32 AddIdleWatch(UInt64 interval) {
        calls.add("AddIdleWatch " + interval);
        long id = nextId.getAndIncrement();
        watches.put(id, new Watch(id, interval.longValue()));
        return new UInt32(id);
    }

    @Override
    public UInt32 AddUserActiveWatch() {
        calls.add("AddUserActiveWatch");
        long id = nextId.getAndIncrement();
        watches.put(id, new Watch(id, 0));
        return new UInt32(id);
    }

    @Override
    public void RemoveWatch(UInt32 id) {
        calls.add("RemoveWatch " + id);
        watches.remove(id.longValue());
    }

    /** The watches clients hold now. */
    public List<Watch> watches() {
        return List.copyOf(watches.values());
    }

    /** Fires a watch as Mutter does; a user-active watch goes away when it fires. */
    public void fire(Watch watch) throws DBusException {
        if (watch.idleMillis() == 0) {
            watches.remove(watch.id());
        }
        connection.sendMessage(new WatchFired(DbusIdleSources.MUTTER_PATH, new UInt32(watch.id())));
    }

    /** Every call so far, in order, e.g. "AddIdleWatch 300000". */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public int getIdletimeCalls() {
        return getIdletimeCalls.get();
    }

    @Override
    public String getObjectPath() {
        return DbusIdleSources.MUTTER_PATH;
    }
}
