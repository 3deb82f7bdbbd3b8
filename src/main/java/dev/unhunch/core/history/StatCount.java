package dev.unhunch.core.history;

import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The counts of the break statistics, in the order every view lists them: the statistics window,
 * {@code unhunch stats} and its JSON, and the CSV export all take their names from here, so the
 * same thing has the same name everywhere. See {@link DailyStats} for what each one counts.
 */
public enum StatCount {
    /** Scheduled breaks offered. */
    OFFERED("offered", DailyStats::offered),
    /** Scheduled breaks taken to their end. */
    TAKEN("taken", DailyStats::taken),
    /** Scheduled breaks left before their routine was finished. */
    ENDED_EARLY("endedEarly", DailyStats::endedEarly),
    /** Scheduled breaks the user kept working through. */
    WORKED_THROUGH("workedThrough", DailyStats::workedThrough),
    /** Breaks that counted because the user was away. */
    NATURAL("natural", DailyStats::natural),
    /** Snoozes. */
    SNOOZED("snoozed", DailyStats::snoozed),
    /** Scheduled breaks skipped. */
    SKIPPED("skipped", DailyStats::skipped),
    /** Breaks the user asked for, outside the schedule. */
    EXTRA("extra", DailyStats::extra),
    /** Breaks that waited for a call, a presentation or do-not-disturb. */
    DEFERRED("deferred", DailyStats::deferred);

    private final String key;
    private final ToIntFunction<DailyStats> count;

    StatCount(String key, ToIntFunction<DailyStats> count) {
        this.key = key;
        this.count = count;
    }

    /** The JSON key and the suffix of the window's text key: {@code endedEarly}. */
    public String key() {
        return key;
    }

    /** The CSV column: {@code ended_early}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The English words for sentences: {@code ended early}. */
    public String words() {
        return column().replace('_', ' ');
    }

    /** This count in a day or a span. */
    public int of(DailyStats stats) {
        return count.applyAsInt(stats);
    }
}
