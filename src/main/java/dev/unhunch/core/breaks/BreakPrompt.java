package dev.unhunch.core.breaks;

import java.time.Duration;

/**
 * What the UI needs to show a notice or a break.
 *
 * @param kind micro or long
 * @param timeLeft for a notice, the time until the break starts; for a break, the rest still to
 *     take
 * @param breakLength the full length of the break
 * @param snoozesUsed how often this break was snoozed
 * @param maxSnoozes how often it may be snoozed
 * @param strict true in strict mode: offer neither snooze nor skip
 */
public record BreakPrompt(BreakKind kind, Duration timeLeft, Duration breakLength, int snoozesUsed,
        int maxSnoozes, boolean strict) {

    /** Snoozes still allowed (zero in strict mode). */
    public int snoozesLeft() {
        return strict ? 0 : Math.max(0, maxSnoozes - snoozesUsed);
    }

    /** Whether a snooze button should be offered. */
    public boolean canSnooze() {
        return snoozesLeft() > 0;
    }

    /** Whether a skip button should be offered. */
    public boolean canSkip() {
        return !strict;
    }
}
