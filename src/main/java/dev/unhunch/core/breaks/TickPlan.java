package dev.unhunch.core.breaks;

import java.time.Duration;
import java.util.Objects;

/**
 * When the heartbeat should tick the engine next, for two kinds of heartbeat.
 *
 * <p>A heartbeat that can only sleep ticks after {@link #pollEvery()}: that is short enough to
 * sample the user's input (see {@link BreakEngine#suggestedNextTick()}). A heartbeat whose idle
 * source can wake it (X11 SYNC alarms, for example) instead sleeps until {@link #deadline()} or
 * until the {@link #watch()} condition holds, whichever comes first: the engine then misses
 * nothing it would have seen by polling, and an idle desktop wakes it about twice a minute.
 *
 * @param pollEvery the sleep for a heartbeat that cannot be woken by input or idleness
 * @param deadline the longest sleep for a heartbeat that can
 * @param watch what should end that sleep early
 * @param idleThreshold for {@link Watch#IDLE}: the idle time that should end it; zero otherwise
 */
public record TickPlan(Duration pollEvery, Duration deadline, Watch watch, Duration idleThreshold) {

    /** The condition that should wake an event-driven heartbeat before its deadline. */
    public enum Watch {
        /** Nothing: sleep until the deadline. */
        NOTHING,
        /** New input after the last tick (the user is idle). */
        INPUT,
        /** The idle time reaching {@link TickPlan#idleThreshold()} (the user is at it). */
        IDLE
    }

    public TickPlan {
        Objects.requireNonNull(pollEvery, "pollEvery");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(idleThreshold, "idleThreshold");
    }
}
