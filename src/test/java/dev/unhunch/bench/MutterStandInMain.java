package dev.unhunch.bench;

import dev.unhunch.platform.idle.dbus.MutterStandIn;
import java.util.Locale;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;

/**
 * Serves the test stand-in for Mutter's IdleMonitor on a bus until killed, for
 * {@code bench/wayland-idle.sh}: it answers an idle time for an active user ({@code active}: 300
 * ms) or one who left when it started ({@code away}), and prints its call counts every 5 s as
 * {@code calls <elapsed s> <all calls> <GetIdletime calls>}.
 */
public final class MutterStandInMain {

    private MutterStandInMain() {
    }

    public static void main(String[] args) throws Exception {
        String address = args[0];
        boolean away = args.length > 1 && args[1].equals("away");
        long start = System.nanoTime();
        try (DBusConnection connection = DBusConnectionBuilder.forAddress(address).withShared(false).build()) {
            MutterStandIn mutter = MutterStandIn.export(connection);
            java.util.Set<Long> fired = new java.util.HashSet<>();
            System.out.println("ready");
            while (true) {
                long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
                mutter.setIdle(away ? elapsedMillis : 300);
                // an idle watch due by now fires, as Mutter's would (one signal per watch)
                for (MutterStandIn.Watch watch : mutter.watches()) {
                    if (watch.idleMillis() > 0 && away && elapsedMillis >= watch.idleMillis() && fired.add(watch.id())) {
                        mutter.fire(watch);
                    }
                }
                System.out.printf(Locale.ROOT, "calls %d %d %d%n", elapsedMillis / 1000, mutter.calls().size(),
                        mutter.getIdletimeCalls());
                System.out.flush();
                Thread.sleep(5_000);
            }
        }
    }
}
