package dev.unhunch.core.breaks;

import dev.unhunch.core.activity.ActivityState;
import java.time.Duration;
import java.time.Instant;

/**
 * The engine's state for status displays (tray tooltip, CLI {@code status}).
 *
 * @param at wall time of the snapshot
 * @param stage the current stage
 * @param currentKind the kind being offered or taken in NOTICE and BREAK; null otherwise
 * @param timeLeft in NOTICE the time until the break starts, in BREAK the rest still to take;
 *     zero otherwise
 * @param untilMicro active time until the micro break is due; null when micro breaks are off
 * @param untilLong active time until the long break is due; null when long breaks are off
 * @param snoozesUsed snoozes used on the current (or next) break
 * @param maxSnoozes snoozes allowed per break
 * @param strict whether strict mode is on
 * @param paused whether breaks are paused
 * @param pausedUntil when the pause ends; null when not paused or paused indefinitely
 * @param withinWorkingHours whether now is inside working hours
 * @param activity whether the user counts as active
 * @param activeToday active time counted today
 * @param dailyLimitReached whether today's limit was reached (and announced)
 * @param breakTime the running break's clock in BREAK; null otherwise
 * @param deferred the due break that waits ("don't interrupt"); null when none waits
 * @param offeredGently whether the notice is a gentle offer after the longest "don't interrupt"
 *     wait: it never starts the break by itself, so its {@code timeLeft} says nothing
 */
public record EngineSnapshot(
        Instant at,
        BreakStage stage,
        BreakKind currentKind,
        Duration timeLeft,
        Duration untilMicro,
        Duration untilLong,
        int snoozesUsed,
        int maxSnoozes,
        boolean strict,
        boolean paused,
        Instant pausedUntil,
        boolean withinWorkingHours,
        ActivityState activity,
        Duration activeToday,
        boolean dailyLimitReached,
        BreakTime breakTime,
        DeferralState deferred,
        boolean offeredGently) {

    /** A snapshot without a gentle offer. */
    public EngineSnapshot(Instant at, BreakStage stage, BreakKind currentKind, Duration timeLeft,
            Duration untilMicro, Duration untilLong, int snoozesUsed, int maxSnoozes, boolean strict,
            boolean paused, Instant pausedUntil, boolean withinWorkingHours, ActivityState activity,
            Duration activeToday, boolean dailyLimitReached, BreakTime breakTime, DeferralState deferred) {
        this(at, stage, currentKind, timeLeft, untilMicro, untilLong, snoozesUsed, maxSnoozes, strict, paused,
                pausedUntil, withinWorkingHours, activity, activeToday, dailyLimitReached, breakTime, deferred, false);
    }

    /** A snapshot without a waiting break. */
    public EngineSnapshot(Instant at, BreakStage stage, BreakKind currentKind, Duration timeLeft,
            Duration untilMicro, Duration untilLong, int snoozesUsed, int maxSnoozes, boolean strict,
            boolean paused, Instant pausedUntil, boolean withinWorkingHours, ActivityState activity,
            Duration activeToday, boolean dailyLimitReached, BreakTime breakTime) {
        this(at, stage, currentKind, timeLeft, untilMicro, untilLong, snoozesUsed, maxSnoozes, strict, paused,
                pausedUntil, withinWorkingHours, activity, activeToday, dailyLimitReached, breakTime, null);
    }

    /** A snapshot without a running break's clock. */
    public EngineSnapshot(Instant at, BreakStage stage, BreakKind currentKind, Duration timeLeft,
            Duration untilMicro, Duration untilLong, int snoozesUsed, int maxSnoozes, boolean strict,
            boolean paused, Instant pausedUntil, boolean withinWorkingHours, ActivityState activity,
            Duration activeToday, boolean dailyLimitReached) {
        this(at, stage, currentKind, timeLeft, untilMicro, untilLong, snoozesUsed, maxSnoozes, strict, paused,
                pausedUntil, withinWorkingHours, activity, activeToday, dailyLimitReached, null);
    }
}
