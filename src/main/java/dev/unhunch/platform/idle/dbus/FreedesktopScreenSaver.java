package dev.unhunch.platform.idle.dbus;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;

/**
 * {@code org.freedesktop.ScreenSaver} on the session bus at {@code /org/freedesktop/ScreenSaver},
 * as KDE Plasma (and some others) offer it. Only the idle call is declared.
 */
@DBusInterfaceName("org.freedesktop.ScreenSaver")
public interface FreedesktopScreenSaver extends DBusInterface {

    /**
     * Time since the last input. The never-finished freedesktop draft says seconds; KDE's
     * implementation answers with KIdleTime's milliseconds (see {@link DbusIdleSources}).
     */
    UInt32 GetSessionIdleTime();
}
