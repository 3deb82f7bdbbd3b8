package dev.unhunch.testsupport;

import java.io.IOException;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;

/**
 * Input that Mutter itself sees (and so its idle monitor): a session of Mutter's RemoteDesktop
 * D-Bus API. xdotool would only reach XWayland clients. The session lives as long as this
 * connection, so it is held open until {@link #close()}.
 */
public final class MutterInput implements AutoCloseable {

    private static final int SHIFT_L = 0xffe1;

    private final DBusConnection connection;
    private final Session session;
    private int step;

    private MutterInput(DBusConnection connection, Session session) {
        this.connection = connection;
        this.session = session;
    }

    /** Opens and starts a remote-desktop session on the shell's session bus. */
    public static MutterInput open(GnomeShell shell) throws DBusException {
        DBusConnection connection = DBusConnectionBuilder.forAddress(shell.sessionBus()).withShared(false).build();
        try {
            RemoteDesktop desktop = connection.getRemoteObject("org.gnome.Mutter.RemoteDesktop",
                    "/org/gnome/Mutter/RemoteDesktop", RemoteDesktop.class);
            DBusPath path = desktop.CreateSession();
            Session session = connection.getRemoteObject("org.gnome.Mutter.RemoteDesktop", path.getPath(), Session.class);
            session.Start();
            return new MutterInput(connection, session);
        } catch (DBusException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Moves the pointer a little (back and forth) and taps Shift: what someone working does. */
    public void nudge() {
        double dx = (step++ % 2 == 0) ? 12 : -12;
        session.NotifyPointerMotionRelative(dx, 0);
        session.NotifyKeyboardKeysym(new UInt32(SHIFT_L), true);
        session.NotifyKeyboardKeysym(new UInt32(SHIFT_L), false);
    }

    /** Moves the pointer by (dx, dy) pixels. */
    public void movePointer(double dx, double dy) {
        session.NotifyPointerMotionRelative(dx, dy);
    }

    @Override
    public void close() {
        try {
            session.Stop();
        } catch (RuntimeException e) {
            // the shell may be gone already
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(DBusConnection connection) {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            // nothing left to do
        }
    }

    /** {@code org.gnome.Mutter.RemoteDesktop}: only the call used here. */
    @DBusInterfaceName("org.gnome.Mutter.RemoteDesktop")
    public interface RemoteDesktop extends DBusInterface {
        DBusPath CreateSession();
    }

    /** {@code org.gnome.Mutter.RemoteDesktop.Session}: only the calls used here. */
    @DBusInterfaceName("org.gnome.Mutter.RemoteDesktop.Session")
    public interface Session extends DBusInterface {
        void Start();

        void Stop();

        void NotifyPointerMotionRelative(double dx, double dy);

        void NotifyKeyboardKeysym(UInt32 keysym, boolean state);
    }
}
