package dev.unhunch.core.activity;

import dev.unhunch.core.settings.ActivityThresholds;
import java.time.Duration;

/**
 * Turns raw idle readings into {@link ActivityState}s and counted active time, with a noise
 * filter.
 *
 * <p>Each tick passes the time on a monotonic timeline and the idle reading (time since the last
 * input); {@code t - idle} is the instant of the last input. Rules, all in {@code Duration}s so
 * that they hold at any tick rate:
 * <ul>
 *   <li>An idle user becomes active only when input has been sustained for {@code active}
 *       without a pause longer than {@code noise}: a single nudge of the mouse is noise. The
 *       sustained span then counts as active time.</li>
 *   <li>An active user's time counts up to the last input; pauses shorter than {@code idle}
 *       count as activity once input resumes. When the idle reading reaches {@code idle} the user
 *       becomes idle and the pause does not count.</li>
 *   <li>A gap between ticks longer than {@link #MAX_TRUSTED_GAP} (a stalled thread or a sleep the
 *       clock did not show) is never counted as activity; it is reported as rest.</li>
 * </ul>
 * Not thread-safe; used from the engine thread only.
 */
public final class ActivityMonitor {

    /** Tick gaps longer than this are not vouched for as activity. */
    public static final Duration MAX_TRUSTED_GAP = Duration.ofMinutes(2);

    private static final long NONE = Long.MIN_VALUE;

    private long noiseNanos;
    private long activeNanos;
    private long idleNanos;

    private ActivityState state = ActivityState.IDLE;
    private long candidateStart = NONE;
    private long candidateSeen = NONE;
    private long countedUpTo = NONE;
    private long lastTick = NONE;
    private long lastInput = NONE;

    public ActivityMonitor(ActivityThresholds thresholds) {
        setThresholds(thresholds);
    }

    /** Applies new thresholds from the next tick on; the current state is kept. */
    public void setThresholds(ActivityThresholds thresholds) {
        noiseNanos = thresholds.noise().toNanos();
        activeNanos = thresholds.active().toNanos();
        idleNanos = thresholds.idle().toNanos();
    }

    /** The state after the last tick. */
    public ActivityState state() {
        return state;
    }

    /** True while idle with input seen that is not yet sustained long enough to count. */
    public boolean confirmingInput() {
        return state == ActivityState.IDLE && candidateStart != NONE;
    }

    /**
     * Takes one reading.
     *
     * @param t nanoseconds on the engine's monotonic timeline
     * @param idle the idle source's reading at {@code t}; negative values count as zero
     */
    public ActivityReading observe(long t, Duration idle) {
        return observe(t, idle, false);
    }

    /**
     * Takes one reading, made because input was just reported after idleness (see {@code
     * BreakEngine.tickOnInput}).
     *
     * @param firstInput true when the reading's last input is the first one since the previous
     *     tick, so it need not be assumed to have begun right after that tick
     */
    public ActivityReading observe(long t, Duration idle, boolean firstInput) {
        long d = Math.max(0, idle.toNanos());
        long input = t - d;
        long rest = d;
        long previousTick = lastTick;
        boolean untrusted = lastTick != NONE && t - lastTick > MAX_TRUSTED_GAP.toNanos();
        if (untrusted) {
            rest = Math.max(d, t - lastTick);
            becomeIdleAt(lastTick);
            previousTick = t; // nothing is known about when input resumed: date it when seen
        }
        boolean newInput = lastInput == NONE || input > lastInput;
        if (untrusted) {
            newInput = d < t - lastTick;
        }
        lastInput = lastInput == NONE ? input : Math.max(lastInput, input);
        lastTick = t;

        long delta = 0;
        if (state == ActivityState.ACTIVE) {
            if (input > countedUpTo) {
                delta = input - countedUpTo;
                countedUpTo = input;
            }
            if (d >= idleNanos) {
                state = ActivityState.IDLE;
                candidateStart = NONE;
            }
        } else {
            if (d >= noiseNanos) {
                candidateStart = NONE;
            }
            if (d < noiseNanos && candidateStart == NONE && newInput) {
                // input began after the previous tick; assume it began right after it, but never
                // more than the noise threshold before it was first seen
                long begin = previousTick == NONE || firstInput ? input : Math.max(previousTick, input - noiseNanos);
                candidateStart = Math.max(Math.min(begin, input), countedUpTo == NONE ? begin : countedUpTo);
                candidateSeen = input;
            }
            if (candidateStart != NONE && input - candidateSeen >= activeNanos) {
                state = ActivityState.ACTIVE;
                delta = Math.max(0, input - candidateStart);
                countedUpTo = input;
                candidateStart = NONE;
            }
        }
        return new ActivityReading(state, Duration.ofNanos(delta), Duration.ofNanos(rest), newInput);
    }

    /**
     * Forgets any activity in progress: after a sleep the user must show sustained input again,
     * and nothing before {@code t} will be counted.
     */
    public void forceIdle(long t) {
        becomeIdleAt(t);
    }

    private void becomeIdleAt(long t) {
        state = ActivityState.IDLE;
        candidateStart = NONE;
        countedUpTo = t;
        lastTick = t;
        lastInput = lastInput == NONE ? NONE : Math.max(lastInput, t);
    }
}
