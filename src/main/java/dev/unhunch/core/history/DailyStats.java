package dev.unhunch.core.history;

import dev.unhunch.core.breaks.BreakEventType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Break counts for one calendar day, or for a span of days when used as a total. The counts are
 * the one vocabulary of the statistics window, {@code unhunch stats}, its JSON and the CSV export.
 *
 * <p>Scheduled breaks: each offer counts in {@code offered} (a break offered again after a snooze
 * counts again) and each break ends as one of {@code taken}, {@code endedEarly},
 * {@code workedThrough} or {@code skipped}; a snooze only postpones it. Breaks the user asked for
 * (on demand) are not offered and count only in {@code extra}.
 *
 * @param from the first day counted
 * @param to the last day counted (equal to {@code from} for one day)
 * @param offered scheduled breaks offered ({@code offered} records)
 * @param taken scheduled breaks taken to their end ({@code completed})
 * @param endedEarly scheduled breaks the user left before their routine was finished
 * @param workedThrough scheduled breaks the user kept working through
 * @param natural breaks that counted as taken because the user was away long enough
 * @param snoozed snoozes of scheduled breaks
 * @param skipped scheduled breaks skipped
 * @param extra breaks started on demand (the quick chair stretch, "take a break now")
 * @param deferred breaks that waited for a call, a presentation or do-not-disturb before being offered
 * @param active active time
 */
public record DailyStats(LocalDate from, LocalDate to, int offered, int taken, int endedEarly, int workedThrough,
        int natural, int snoozed, int skipped, int extra, int deferred, Duration active) {

    /** A row without deferred breaks. */
    public DailyStats(LocalDate from, LocalDate to, int offered, int taken, int endedEarly, int workedThrough,
            int natural, int snoozed, int skipped, int extra, Duration active) {
        this(from, to, offered, taken, endedEarly, workedThrough, natural, snoozed, skipped, extra, 0, active);
    }

    public DailyStats {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(active, "active");
    }

    /** An empty day. */
    public static DailyStats empty(LocalDate day) {
        return new DailyStats(day, day, 0, 0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO);
    }

    /** The day, for a one-day row. */
    public LocalDate date() {
        return from;
    }

    /** Whether anything about breaks happened (any count above zero). */
    public boolean hasBreaks() {
        return offered + taken + endedEarly + workedThrough + natural + snoozed + skipped + extra > 0; // a wait alone is no break
    }

    /** The sum of this and another, spanning both. */
    public DailyStats plus(DailyStats o) {
        return new DailyStats(from.isBefore(o.from) ? from : o.from, to.isAfter(o.to) ? to : o.to,
                sum(offered, o.offered), sum(taken, o.taken), sum(endedEarly, o.endedEarly),
                sum(workedThrough, o.workedThrough), sum(natural, o.natural), sum(snoozed, o.snoozed),
                sum(skipped, o.skipped), sum(extra, o.extra), sum(deferred, o.deferred),
                sum(active, o.active.getSeconds()));
    }

    DailyStats add(HistoryRecord r) {
        int[] c = {offered, taken, endedEarly, workedThrough, natural, snoozed, skipped, extra, deferred};
        int slot = slot(r);
        if (slot >= 0) {
            c[slot] = sum(c[slot], 1);
        }
        return new DailyStats(from, to, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8],
                sum(active, r.activeSeconds()));
    }

    /** Which count a record adds to, in the order of the components; -1 for none. */
    private static int slot(HistoryRecord r) {
        if (r.onDemand()) {
            // how an asked-for break ended says nothing about keeping to the schedule
            return r.outcome() == BreakEventType.STARTED ? 7 : -1;
        }
        return switch (r.outcome()) {
            case OFFERED -> 0;
            case COMPLETED -> 1;
            case ENDED_EARLY -> 2;
            case WORKED_THROUGH -> 3;
            case NATURAL -> 4;
            case SNOOZED -> 5;
            case SKIPPED -> 6;
            case DEFERRED -> 8;
            default -> -1; // started, paused, resumed, daily limit: not a break's outcome
        };
    }

    /** The most active time a sum holds; sums stop there instead of overflowing (about 292 billion years). */
    public static final Duration MAX_ACTIVE = Duration.ofSeconds(Long.MAX_VALUE);

    /** A count that stops at {@link Integer#MAX_VALUE} instead of wrapping. */
    static int sum(int a, int b) {
        long s = (long) a + b;
        return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) s;
    }

    /** Active time that stops at {@link #MAX_ACTIVE} instead of throwing. */
    static Duration sum(Duration a, long seconds) {
        long s = a.getSeconds() + seconds;
        boolean overflow = ((a.getSeconds() ^ s) & (seconds ^ s)) < 0;
        return overflow || s < 0 ? MAX_ACTIVE : Duration.ofSeconds(s);
    }
}
