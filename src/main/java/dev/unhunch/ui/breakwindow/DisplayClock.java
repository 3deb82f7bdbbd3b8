package dev.unhunch.ui.breakwindow;

import dev.unhunch.core.breaks.BreakTime;
import java.time.Duration;

/**
 * Smooths the engine's break clock for display. The engine updates about once a second; between
 * two updates the shown time runs on from the last one (unless the break is held or over), by at
 * most {@link #MAX_AHEAD}, and never runs backwards, so the countdown advances once a second,
 * every second, and stays within a second of the engine's time. It never reaches the end on its
 * own: the last second shows until the engine says the break is over.
 */
final class DisplayClock {

    /** How far the shown time may run ahead of the engine's last word. */
    static final Duration MAX_AHEAD = Duration.ofMillis(1000);

    private static final long LAST_NANO = 1_000_000;

    private BreakTime time;
    private long receivedAt;
    private long shownNanos;

    /** Takes the engine's clock, read at {@code nowNanos} (a monotonic reading). */
    void update(BreakTime engineTime, long nowNanos) {
        time = engineTime;
        receivedAt = nowNanos;
        // the engine's word wins when it is ahead (and after a restart of the routine)
        shownNanos = Math.min(Math.max(shownNanos, engineTime.elapsed().toNanos()),
                engineTime.elapsed().plus(MAX_AHEAD).toNanos());
    }

    /** Starts afresh with a new break. */
    void reset(BreakTime engineTime, long nowNanos) {
        shownNanos = 0;
        update(engineTime, nowNanos);
    }

    /** The engine's last clock. */
    BreakTime engineTime() {
        return time;
    }

    /** The break's elapsed time to show at {@code nowNanos}. */
    Duration elapsed(long nowNanos) {
        long base = time.elapsed().toNanos();
        long ahead = time.holding() || time.over() ? 0 : Math.min(Math.max(0, nowNanos - receivedAt), MAX_AHEAD.toNanos());
        long end = time.over() ? time.length().toNanos() : time.length().toNanos() - LAST_NANO;
        long value = Math.min(base + ahead, end);
        shownNanos = Math.max(shownNanos, value);
        return Duration.ofNanos(shownNanos);
    }

    /** The break's time left to show at {@code nowNanos}. */
    Duration left(long nowNanos) {
        Duration left = time.length().minus(elapsed(nowNanos));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
