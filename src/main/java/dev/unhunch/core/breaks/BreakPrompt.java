package dev.unhunch.core.breaks;

import java.time.Duration;

/**
 * What the UI needs to show a notice or a break.
 *
 * @param kind micro or long
 * @param timeLeft for a notice, the time until the break starts; for a break, the rest still to
 *     take
 * @param breakLength the length the break runs: the configured length, or for an on-demand
 *     stretch its routine's length
 * @param snoozesUsed how often this break was snoozed
 * @param maxSnoozes how often it may be snoozed
 * @param strict true in strict mode: offer neither snooze nor skip
 * @param onDemand true for a break the user asked for (the quick chair stretch): it cannot be
 *     snoozed or skipped, and leaving it early costs nothing
 * @param after what the break waited for before this offer ("after your call"); null when it did
 *     not wait
 * @param gentle true when the break waited the longest: the notice stays until answered and the
 *     break never starts by itself
 */
public record BreakPrompt(BreakKind kind, Duration timeLeft, Duration breakLength, int snoozesUsed,
        int maxSnoozes, boolean strict, boolean onDemand, Interruption after, boolean gentle) {

    /** A prompt for a break that did not wait. */
    public BreakPrompt(BreakKind kind, Duration timeLeft, Duration breakLength, int snoozesUsed,
            int maxSnoozes, boolean strict, boolean onDemand) {
        this(kind, timeLeft, breakLength, snoozesUsed, maxSnoozes, strict, onDemand, null, false);
    }

    /** A prompt for a due (not on-demand) break. */
    public BreakPrompt(BreakKind kind, Duration timeLeft, Duration breakLength, int snoozesUsed,
            int maxSnoozes, boolean strict) {
        this(kind, timeLeft, breakLength, snoozesUsed, maxSnoozes, strict, false);
    }

    /** Snoozes still allowed (zero in strict mode). */
    public int snoozesLeft() {
        return strict || onDemand ? 0 : Math.max(0, maxSnoozes - snoozesUsed);
    }

    /** Whether a snooze button should be offered. */
    public boolean canSnooze() {
        return snoozesLeft() > 0;
    }

    /** Whether a skip button should be offered. */
    public boolean canSkip() {
        return !strict && !onDemand;
    }
}
