package dev.unhunch.platform.idle.dbus;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;

/**
 * GNOME Mutter's idle monitor on the session bus, at {@code /org/gnome/Mutter/IdleMonitor/Core}
 * of {@code org.gnome.Mutter.IdleMonitor}. Only the calls Unhunch uses are declared.
 */
@DBusInterfaceName("org.gnome.Mutter.IdleMonitor")
public interface MutterIdleMonitor extends DBusInterface {

    /** Milliseconds since the last keyboard or pointer input of the session. */
    UInt64 GetIdletime();

    /** A watch that fires {@link WatchFired} once the idle time reaches {@code interval} ms; stays until removed. */
    UInt32 AddIdleWatch(UInt64 interval);

    /** A watch that fires {@link WatchFired} at the next input, then is gone. */
    UInt32 AddUserActiveWatch();

    void RemoveWatch(UInt32 id);

    /** Sent when watch {@code id} fires. */
    class WatchFired extends DBusSignal {
        private final UInt32 id;

        public WatchFired(String path, UInt32 id) throws DBusException {
            super(path, id);
            this.id = id;
        }

        public UInt32 getId() {
            return id;
        }
    }
}
