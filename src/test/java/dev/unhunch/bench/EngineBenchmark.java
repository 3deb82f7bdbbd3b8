package dev.unhunch.bench;

import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.BreakUi;
import dev.unhunch.core.settings.Settings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Not a test: simulates 30 eight-hour workdays at one tick per second and prints the cost per
 * tick. Run after {@code mvn -q test-compile}:
 *
 * <pre>java -cp target/test-classes:target/classes dev.unhunch.bench.EngineBenchmark</pre>
 *
 * Target: one simulated day under 50 ms. Prints wall time and the thread's CPU time; on a busy
 * machine the CPU figure is the one to compare.
 */
public final class EngineBenchmark {

    private static final int DAYS = 30;
    private static final long DAY_SECONDS = 8 * 3600;

    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        Logger.getLogger("dev.unhunch").setLevel(Level.WARNING); // measure the engine, not the console
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warm = run(5);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long nanos = run(DAYS);
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long ticks = DAYS * DAY_SECONDS;
        System.out.printf(Locale.ROOT, "Engine: %d simulated 8-hour days, %d ticks (1 per second), after a %.0f ms warm-up%n",
                DAYS, ticks, warm / 1e6);
        System.out.printf(Locale.ROOT, "wall: total %.1f ms, %.0f ns per tick, %.2f ms per simulated day%n",
                nanos / 1e6, (double) nanos / ticks, nanos / 1e6 / DAYS);
        System.out.printf(Locale.ROOT, "cpu:  total %.1f ms, %.0f ns per tick, %.2f ms per simulated day (target < 50 ms)%n",
                cpu / 1e6, (double) cpu / ticks, cpu / 1e6 / DAYS);
    }

    /** Runs {@code days} days and returns the elapsed real nanoseconds. */
    private static long run(int days) {
        AtomicLong fakeNanos = new AtomicLong();
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Instant[] wall = {LocalDateTime.of(2026, 11, 23, 9, 0).atZone(zone).toInstant()};
        Clock clock = new Clock() {
            @Override public ZoneId getZone() { return zone; }
            @Override public Clock withZone(ZoneId z) { return this; }
            @Override public Instant instant() { return wall[0]; }
        };
        BreakEngine engine = new BreakEngine(fakeNanos::get, clock, Settings.defaults(), BreakUi.none(), e -> { });
        Random random = new Random(42);
        long lastInput = 0;
        long second = 1_000_000_000L;
        long start = System.nanoTime();
        for (int d = 0; d < days; d++) {
            long activeUntil = 0;
            long idleUntil = 0;
            for (long s = 0; s < DAY_SECONDS; s++) {
                long now = fakeNanos.addAndGet(second);
                wall[0] = wall[0].plusSeconds(1);
                if (s >= idleUntil && s >= activeUntil) {
                    activeUntil = s + 60 + random.nextInt(25 * 60);
                    idleUntil = activeUntil + 5 + random.nextInt(6 * 60);
                }
                if (s < activeUntil) {
                    lastInput = now;
                }
                engine.tick(now, wall[0], Duration.ofNanos(now - lastInput));
            }
            wall[0] = wall[0].plus(Duration.ofHours(16)); // the night, as a sleep
        }
        return System.nanoTime() - start;
    }
}
