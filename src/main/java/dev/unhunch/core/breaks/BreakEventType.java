package dev.unhunch.core.breaks;

import java.util.Locale;

/**
 * What happened, as recorded by {@link BreakListener}s and kept in the break history (the one
 * vocabulary of outcomes: engine, history, statistics). Written to files in lower case with
 * underscores ({@link #id()}: {@code completed}, {@code ended_early}).
 */
public enum BreakEventType {
    /** A notice for a due break appeared. */
    OFFERED,
    /** A break began (due, early, taken now or on demand; see the note). */
    STARTED,
    /** A break ran to its end; the budget is reset. Counts as taken. */
    COMPLETED,
    /** The user left the break before its routine was finished; the budget is reset. */
    ENDED_EARLY,
    /** The user kept working through the break (input while it ran) until it was given up. */
    WORKED_THROUGH,
    /** The user postponed the break by the snooze length. */
    SNOOZED,
    /** The user skipped the break; the budget is reset. */
    SKIPPED,
    /** The user rested at least the break's length on their own; the budget is reset. */
    NATURAL,
    /** Breaks were paused. */
    PAUSED,
    /** Breaks were resumed (by the user or because the pause ran out). */
    RESUMED,
    /** Today's active time reached the daily limit. */
    DAILY_LIMIT,
    /**
     * A due break waits because it would interrupt something (the note names it: {@code
     * microphone}, {@code camera}, {@code full-screen}, {@code do-not-disturb}); recorded once
     * per wait.
     */
    DEFERRED;

    /** The lower-case name used in files: {@code completed}, {@code worked_through}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type for a name written by {@link #id()} (upper case is accepted too).
     *
     * @throws IllegalArgumentException for a name that is not a type
     */
    public static BreakEventType fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** Whether this concerns no single break kind (pauses and the daily limit). */
    public boolean concernsAllBreaks() {
        return this == PAUSED || this == RESUMED || this == DAILY_LIMIT;
    }
}
