package dev.unhunch.core.breaks;

import java.time.Duration;

/**
 * The running break's clock as the engine keeps it; the break window shows exactly this (it may
 * interpolate between two updates, but never keeps time of its own).
 *
 * <p>Only quiet time counts: while the user types or moves the mouse the break {@linkplain
 * #holding() holds}, and it counts again {@link BreakEngine#QUIET_TO_RESUME} after the last input.
 *
 * @param kind micro or long
 * @param onDemand true for a break the user asked for (the quick chair stretch): leaving it early
 *     costs nothing
 * @param length how long the break runs: the configured length for a due or "take now" break,
 *     the routine's own length for an on-demand stretch (longer if a routine swapped in mid-break
 *     needs more)
 * @param elapsed quiet time counted so far; the routine's clock
 * @param left rest still to take, {@code length - elapsed}, never negative
 * @param routineEndsAt the {@code elapsed} at which the planned stretches are finished (at most
 *     {@code length}); {@link #routineDone()} after it
 * @param heldFor how long the user's input has held the break so far
 * @param holding true while the user's input holds the break
 * @param plainRest true once the user stopped the stretches ("Stop — this hurts"): the rest
 *     continues without guidance
 */
public record BreakTime(BreakKind kind, boolean onDemand, Duration length, Duration elapsed, Duration left,
        Duration routineEndsAt, Duration heldFor, boolean holding, boolean plainRest) {

    /** Whether the planned stretches are finished by the engine's time (or there were none). */
    public boolean routineDone() {
        return elapsed.compareTo(routineEndsAt) >= 0;
    }

    /** Whether the break's time is used up. */
    public boolean over() {
        return left.isZero();
    }
}
