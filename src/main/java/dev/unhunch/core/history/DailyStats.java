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
                sum(offered, o.offered), sum(taken, o.taken), sum(snoozed, o.snoozed), sum(skipped, o.skipped),
                sum(natural, o.natural), sum(active, o.active.getSeconds()));
    }

    DailyStats add(HistoryRecord r) {
        int[] c = {offered, taken, snoozed, skipped, natural};
        switch (r.outcome()) {
            case OFFERED -> c[0] = sum(c[0], 1);
            case COMPLETED -> c[1] = sum(c[1], 1);
            case SNOOZED -> c[2] = sum(c[2], 1);
            case SKIPPED -> c[3] = sum(c[3], 1);
            case NATURAL -> c[4] = sum(c[4], 1);
            default -> { }
        }
        return new DailyStats(from, to, c[0], c[1], c[2], c[3], c[4], sum(active, r.activeSeconds()));
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
