package dev.unhunch.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One event in the break history, independent of the engine's own types.
 *
 * @param time when it happened
 * @param kind the break it is about; null for {@link Outcome#PAUSED} and {@link Outcome#RESUMED},
 *     which concern all breaks
 * @param outcome what happened
 * @param stretchIds the stretches of the routine, for offered / started / completed breaks;
 *     otherwise empty
 * @param activeSeconds seconds of activity counted since the previous record (so that the sum of
 *     a day's records is that day's active time); 0 when none
 */
public record HistoryRecord(Instant time, BreakKindName kind, Outcome outcome, List<String> stretchIds,
        long activeSeconds) {

    public HistoryRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(outcome, "outcome");
        stretchIds = List.copyOf(stretchIds == null ? List.of() : stretchIds);
        if (activeSeconds < 0) {
            throw new IllegalArgumentException("activeSeconds must not be negative, was " + activeSeconds);
        }
        if (kind == null && outcome != Outcome.PAUSED && outcome != Outcome.RESUMED) {
            throw new IllegalArgumentException(outcome.id() + " needs a break kind");
        }
    }

    /** A record without stretches. */
    public static HistoryRecord of(Instant time, BreakKindName kind, Outcome outcome, long activeSeconds) {
        return new HistoryRecord(time, kind, outcome, List.of(), activeSeconds);
    }
}
