package dev.unhunch.core.activity;

import java.time.Duration;
import java.time.Instant;

/**
 * Notices when the wall clock ran far ahead of the monotonic clock between two ticks: the machine
 * slept (monotonic time stops on most systems while the wall clock keeps going) or the clock was
 * set forward. That gap is rest, never activity. A backward jump is ignored.
 */
public final class ClockJumpDetector {

    /** Drift below this is ordinary jitter or an NTP slew. */
    public static final Duration THRESHOLD = Duration.ofSeconds(30);
    private static final long THRESHOLD_NANOS = THRESHOLD.toNanos();

    private long lastNanos;
    private Instant lastWall;

    /**
     * Compares this tick with the previous one.
     *
     * @return the time the wall clock advanced beyond monotonic time, or zero
     */
    public Duration observe(long nanos, Instant wall) {
        Duration gap = Duration.ZERO;
        if (lastWall != null) {
            long wallDelta = (wall.getEpochSecond() - lastWall.getEpochSecond()) * 1_000_000_000L
                    + (wall.getNano() - lastWall.getNano());
            long drift = wallDelta - (nanos - lastNanos);
            if (drift > THRESHOLD_NANOS) {
                gap = Duration.ofNanos(drift);
            }
        }
        lastNanos = nanos;
        lastWall = wall;
        return gap;
    }
}
