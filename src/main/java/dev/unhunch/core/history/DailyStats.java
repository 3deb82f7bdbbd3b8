package dev.unhunch.core.history;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Break counts for one calendar day, or for a span of days when used as a total.
 *
 * @param from the first day counted
 * @param to the last day counted (equal to {@code from} for one day)
 * @param offered breaks offered ({@link Outcome#OFFERED} records; a break offered again after a
 *     snooze counts again)
 * @param taken breaks taken to their end ({@link Outcome#COMPLETED})
 * @param snoozed snoozes
 * @param skipped breaks skipped
 * @param natural breaks that counted as taken because the user was away ({@link Outcome#NATURAL})
 * @param active active time
 */
public record DailyStats(LocalDate from, LocalDate to, int offered, int taken, int snoozed, int skipped,
        int natural, Duration active) {

    public DailyStats {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(active, "active");
    }

    /** An empty day. */
    public static DailyStats empty(LocalDate day) {
        return new DailyStats(day, day, 0, 0, 0, 0, 0, Duration.ZERO);
    }

    /** The day, for a one-day row. */
    public LocalDate date() {
        return from;
    }

    /** Whether anything about breaks happened (offered, taken, snoozed, skipped or natural). */
    public boolean hasBreaks() {
        return offered + taken + snoozed + skipped + natural > 0;
    }

    /** The sum of this and another, spanning both. */
    public DailyStats plus(DailyStats o) {
        return new DailyStats(from.isBefore(o.from) ? from : o.from, to.isAfter(o.to) ? to : o.to,
                offered + o.offered, taken + o.taken, snoozed + o.snoozed, skipped + o.skipped,
                natural + o.natural, active.plus(o.active));
    }

    DailyStats add(HistoryRecord r) {
        int[] c = {offered, taken, snoozed, skipped, natural};
        switch (r.outcome()) {
            case OFFERED -> c[0]++;
            case COMPLETED -> c[1]++;
            case SNOOZED -> c[2]++;
            case SKIPPED -> c[3]++;
            case NATURAL -> c[4]++;
            default -> { }
        }
        return new DailyStats(from, to, c[0], c[1], c[2], c[3], c[4], active.plusSeconds(r.activeSeconds()));
    }
}
