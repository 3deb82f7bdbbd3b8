package dev.unhunch.platform.idle.dbus;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt64;

/**
 * GNOME Mutter's idle monitor on the session bus, at {@code /org/gnome/Mutter/IdleMonitor/Core}
 * of {@code org.gnome.Mutter.IdleMonitor}. Only the call Unhunch uses is declared.
 */
@DBusInterfaceName("org.gnome.Mutter.IdleMonitor")
public interface MutterIdleMonitor extends DBusInterface {

    /** Milliseconds since the last keyboard or pointer input of the session. */
    UInt64 GetIdletime();
}
