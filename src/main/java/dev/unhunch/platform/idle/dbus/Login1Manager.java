package dev.unhunch.platform.idle.dbus;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;

/** The part of systemd-logind's manager interface Unhunch listens to. */
@DBusInterfaceName("org.freedesktop.login1.Manager")
public interface Login1Manager extends DBusInterface {

    /** Sent with {@code true} before the system suspends or hibernates, {@code false} after. */
    class PrepareForSleep extends DBusSignal {
        private final boolean start;

        /** As dbus-java builds it from a received message. */
        public PrepareForSleep(String path, boolean start) throws DBusException {
            super(path, start);
            this.start = start;
        }

        /** True when going to sleep, false when waking. */
        public boolean start() {
            return start;
        }
    }
}
