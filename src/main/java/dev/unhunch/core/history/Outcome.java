package dev.unhunch.core.history;

import java.util.Locale;

/** What happened to a break; written in lower case ({@code completed}). */
public enum Outcome {
    /** The break was offered (notice or break window shown). */
    OFFERED,
    /** The user started the break. */
    STARTED,
    /** The break ran to its end: the break was taken. */
    COMPLETED,
    /** The user left the break before its routine was finished. */
    ENDED_EARLY,
    /** The user kept working through the break. */
    WORKED_THROUGH,
    /** The user postponed the break. */
    SNOOZED,
    /** The user skipped the break. */
    SKIPPED,
    /** The user was idle long enough that the break counted as taken without being offered. */
    NATURAL,
    /** Breaks were paused (not tied to one break kind). */
    PAUSED,
    /** Breaks were resumed after a pause. */
    RESUMED;

    /** The lower-case name used in files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome for a lower-case or upper-case name. */
    public static Outcome fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
