package dev.unhunch.core.history;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One event in the break history, in the engine's vocabulary ({@link BreakEventType},
 * {@link BreakKind}) so that nothing is translated twice.
 *
 * @param time when it happened
 * @param kind the break it is about; null for the types that concern all breaks (pause, resume,
 *     daily limit, see {@link BreakEventType#concernsAllBreaks()})
 * @param outcome what happened
 * @param stretchIds the stretches of the break's routine in the order shown, for events about a
 *     break that was offered or taken; otherwise empty
 * @param activeSeconds seconds of activity counted since the previous record (so that the sum of
 *     a day's records is that day's active time); 0 when none
 * @param onDemand whether the break was asked for (the quick chair stretch, "take a break now"
 *     with none due) rather than offered by the schedule; the statistics count these as extra
 * @param reason for {@link BreakEventType#DEFERRED}, what the break waited for
 *     ({@link dev.unhunch.core.breaks.Interruption#id()}); for an offer after a wait, that wait
 *     ({@code after microphone}, {@code gently after camera}); otherwise empty
 */
public record HistoryRecord(Instant time, BreakKind kind, BreakEventType outcome, List<String> stretchIds,
        long activeSeconds, boolean onDemand, String reason) {

    /** A record without a reason. */
    public HistoryRecord(Instant time, BreakKind kind, BreakEventType outcome, List<String> stretchIds,
            long activeSeconds, boolean onDemand) {
        this(time, kind, outcome, stretchIds, activeSeconds, onDemand, "");
    }

    public HistoryRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(outcome, "outcome");
        stretchIds = List.copyOf(stretchIds == null ? List.of() : stretchIds);
        reason = reason == null ? "" : reason;
        if (activeSeconds < 0) {
            throw new IllegalArgumentException("activeSeconds must not be negative, was " + activeSeconds);
        }
        if (kind == null && !outcome.concernsAllBreaks()) {
            throw new IllegalArgumentException(outcome.id() + " needs a break kind");
        }
    }

    /** A record of a scheduled break (or of no break). */
    public HistoryRecord(Instant time, BreakKind kind, BreakEventType outcome, List<String> stretchIds,
            long activeSeconds) {
        this(time, kind, outcome, stretchIds, activeSeconds, false);
    }

    /** A record without stretches, of a scheduled break (or of no break). */
    public static HistoryRecord of(Instant time, BreakKind kind, BreakEventType outcome, long activeSeconds) {
        return new HistoryRecord(time, kind, outcome, List.of(), activeSeconds, false);
    }
}
