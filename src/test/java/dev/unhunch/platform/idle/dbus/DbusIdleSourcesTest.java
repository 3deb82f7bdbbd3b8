package dev.unhunch.platform.idle.dbus;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.platform.idle.IdleAlarm;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Wayland D-Bus sources against fake services on a private dbus-daemon. */
class DbusIdleSourcesTest {

    private PrivateBus bus;
    private DBusConnection service;
    private final AtomicLong idleMillis = new AtomicLong(1_234);

    @BeforeEach
    void startBus() throws Exception {
        bus = PrivateBus.start();
        service = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
    }

    @AfterEach
    void stopBus() throws Exception {
        service.close();
        bus.close();
    }

    private void offerMutter() throws Exception {
        service.requestBusName(DbusIdleSources.MUTTER_BUS_NAME);
        service.exportObject(DbusIdleSources.MUTTER_PATH, new MutterIdleMonitor() {
            @Override
            public UInt64 GetIdletime() {
                return new UInt64(idleMillis.get());
            }

            @Override
            public UInt32 AddIdleWatch(UInt64 interval) {
                long id = nextWatch.incrementAndGet();
                idleWatches.put(id, interval.longValue());
                return new UInt32(id);
            }

            @Override
            public UInt32 AddUserActiveWatch() {
                long id = nextWatch.incrementAndGet();
                activeWatches.add(id);
                return new UInt32(id);
            }

            @Override
            public void RemoveWatch(UInt32 id) {
                idleWatches.remove(id.longValue());
                activeWatches.remove(id.longValue());
            }

            @Override
            public String getObjectPath() {
                return DbusIdleSources.MUTTER_PATH;
            }
        });
    }

    private final java.util.concurrent.atomic.AtomicLong nextWatch = new java.util.concurrent.atomic.AtomicLong(100);
    private final java.util.Map<Long, Long> idleWatches = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<Long> activeWatches = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** What Mutter does on input: the idle time restarts and every user-active watch fires once. */
    private void input() throws Exception {
        idleMillis.set(0);
        for (Long id : List.copyOf(activeWatches)) {
            activeWatches.remove(id);
            service.sendMessage(new MutterIdleMonitor.WatchFired(DbusIdleSources.MUTTER_PATH, new UInt32(id)));
        }
    }

    /** What Mutter does when the idle time reaches a watch's interval. */
    private void idleFor(long millis) throws Exception {
        idleMillis.set(millis);
        for (var watch : idleWatches.entrySet()) {
            if (watch.getValue() <= millis) {
                service.sendMessage(new MutterIdleMonitor.WatchFired(DbusIdleSources.MUTTER_PATH, new UInt32(watch.getKey())));
            }
        }
    }

    @Test
    void mutterWakesAWaitForInputWithItsUserActiveWatch() throws Exception {
        offerMutter();
        try (IdleAlarm alarm = (IdleAlarm) DbusIdleSources.gnomeMutter(bus.address())) {
            assertThat(alarm.awaitActivity(Duration.ofMillis(200))).as("no input: the time runs out").isFalse();
            assertThat(activeWatches).as("an unfired watch is removed").isEmpty();
            Thread typist = new Thread(() -> {
                try {
                    waitUntil(() -> !activeWatches.isEmpty());
                    input();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            typist.start();
            assertThat(alarm.awaitActivity(Duration.ofSeconds(20))).as("input through the watch").isTrue();
            typist.join();
        }
    }

    @Test
    void mutterWakesAWaitForIdlenessWithAnIdleWatchAndRemovesIt() throws Exception {
        offerMutter();
        idleMillis.set(0);
        try (IdleAlarm alarm = (IdleAlarm) DbusIdleSources.gnomeMutter(bus.address())) {
            Thread away = new Thread(() -> {
                try {
                    waitUntil(() -> !idleWatches.isEmpty());
                    idleFor(30_000);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            away.start();
            assertThat(alarm.awaitIdle(Duration.ofSeconds(30), Duration.ofSeconds(20))).isTrue();
            away.join();
            assertThat(idleWatches).as("the idle watch is kept while its threshold holds").hasSize(1);
            assertThat(alarm.awaitIdle(Duration.ofSeconds(10), Duration.ofSeconds(20))).as("idle long enough already").isTrue();
        }
    }

    @Test
    void anActiveUsersWaitsReuseOneIdleWatch() throws Exception {
        offerMutter();
        idleMillis.set(500);
        try (IdleAlarm alarm = (IdleAlarm) DbusIdleSources.gnomeMutter(bus.address())) {
            assertThat(alarm.awaitIdle(Duration.ofMinutes(5), Duration.ofMillis(100))).isFalse();
            long kept = idleWatches.keySet().iterator().next();
            assertThat(alarm.awaitIdle(Duration.ofMinutes(5), Duration.ofMillis(100))).isFalse();
            assertThat(idleWatches).containsOnlyKeys(kept);

            idleFor(300_000); // fires while the engine beats, between two waits
            assertThat(alarm.awaitIdle(Duration.ofMinutes(5), Duration.ofSeconds(20))).as("ends at once").isTrue();

            idleMillis.set(500);
            assertThat(alarm.awaitIdle(Duration.ofMinutes(3), Duration.ofMillis(100))).isFalse();
            assertThat(idleWatches.values()).as("a new threshold replaces the watch").containsExactly(180_000L);
        }
    }

    @Test
    void aWakeUpEndsAMutterWaitEarly() throws Exception {
        offerMutter();
        try (IdleAlarm alarm = (IdleAlarm) DbusIdleSources.gnomeMutter(bus.address())) {
            alarm.wakeUp();
            long start = System.nanoTime();
            assertThat(alarm.sleep(Duration.ofSeconds(20))).isFalse();
            assertThat(alarm.awaitActivity(Duration.ofMillis(100))).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
    }

    private void offerScreenSaver(boolean answers) throws Exception {
        service.requestBusName(DbusIdleSources.SCREENSAVER_BUS_NAME);
        service.exportObject(DbusIdleSources.SCREENSAVER_PATH, new FreedesktopScreenSaver() {
            @Override
            public UInt32 GetSessionIdleTime() {
                if (!answers) {
                    // what GNOME Shell answers
                    throw new DBusExecutionException("GetSessionIdleTime is not supported");
                }
                return new UInt32(idleMillis.get());
            }

            @Override
            public String getObjectPath() {
                return DbusIdleSources.SCREENSAVER_PATH;
            }
        });
    }

    @Test
    void mutterIdleTimeIsMilliseconds() throws Exception {
        offerMutter();
        long start = System.nanoTime();
        try (IdleSource source = DbusIdleSources.gnomeMutter(bus.address())) {
            long openMillis = (System.nanoTime() - start) / 1_000_000;
            System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                    "D-Bus connect + first Mutter query: " + openMillis + " ms");
            assertThat(source.idleTime()).isEqualTo(Duration.ofMillis(1_234));
            // an idle connection must outlive the short connect timeout
            Thread.sleep(1_300);
            idleMillis.set(90_000);
            assertThat(source.idleTime()).isEqualTo(Duration.ofSeconds(90));
            assertThat(source.name()).isEqualTo("GNOME Mutter IdleMonitor (D-Bus)");
            assertThat(source.seesKeyboard()).isTrue();
        }
    }

    @Test
    void screenSaverIdleTimeIsTakenAsMilliseconds() throws Exception {
        offerScreenSaver(true);
        idleMillis.set(61_500);
        try (IdleSource source = DbusIdleSources.freedesktopScreenSaver(bus.address())) {
            assertThat(source.idleTime()).isEqualTo(Duration.ofMillis(61_500));
        }
    }

    @Test
    void aServiceThatRefusesTheCallDoesNotOpen() throws Exception {
        offerScreenSaver(false);
        assertThatThrownBy(() -> DbusIdleSources.freedesktopScreenSaver(bus.address()))
                .isInstanceOf(IdleSourceUnavailableException.class)
                .hasMessageContaining("does not answer");
    }

    @Test
    void aMissingServiceDoesNotOpen() {
        assertThatThrownBy(() -> DbusIdleSources.gnomeMutter(bus.address()))
                .isInstanceOf(IdleSourceUnavailableException.class);
    }

    @Test
    void aServiceThatGoesAwayMakesTheSourceUnavailable() throws Exception {
        offerMutter();
        IdleSource source = DbusIdleSources.gnomeMutter(bus.address());
        service.close();
        assertThatThrownBy(source::idleTime).isInstanceOf(IdleSourceUnavailableException.class);
        source.close();
        assertThatThrownBy(source::idleTime).isInstanceOf(IdleSourceUnavailableException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void noBusAtAllDoesNotOpen() {
        assertThatThrownBy(() -> DbusIdleSources.gnomeMutter("unix:path=/nonexistent/bus"))
                .isInstanceOf(IdleSourceUnavailableException.class)
                .hasMessageContaining("no session D-Bus");
    }

    @Test
    void unsignedConversions() {
        assertThat(DbusIdleSources.fromMutterMillis(0)).isZero();
        assertThat(DbusIdleSources.fromMutterMillis(86_400_000L)).isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> DbusIdleSources.fromMutterMillis(-1)).isInstanceOf(IdleSourceUnavailableException.class);
        assertThat(DbusIdleSources.fromScreenSaverMillis(0xFFFF_FFFFL)).isEqualTo(Duration.ofMillis(4_294_967_295L));
        assertThat(DbusIdleSources.fromScreenSaverMillis(-1)).isEqualTo(Duration.ofMillis(4_294_967_295L));
    }
}
