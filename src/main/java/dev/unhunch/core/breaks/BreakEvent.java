package dev.unhunch.core.breaks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One record in the engine's event stream, carrying everything the history keeps about it, so
 * that listeners need nothing else (no UI, no status snapshot).
 *
 * @param type what happened
 * @param at wall-clock time of the tick or command that caused it
 * @param kind the break kind; null for pause, resume and daily-limit events
 * @param activeTime the kind's counted active time at that moment (for daily-limit events,
 *     today's active time; for pause events, zero)
 * @param snoozes snoozes used on this break so far
 * @param note a short machine-friendly detail: {@code due}, {@code early}, {@code now},
 *     {@code on-demand}, {@code sleep}, {@code idle}, {@code done} (a break the user finished), or for pauses the end ({@code until
 *     2026-11-23T08:00:00Z}, {@code indefinitely}); for a deferral what the break waits for
 *     ({@link Interruption#id()}), for an offer after one {@code after microphone} or {@code gently
 *     after microphone}; empty when there is none
 * @param activeToday today's counted active time at that moment (the daily-limit count)
 * @param stretchIds the stretches planned for the break the event is about, in the order shown
 *     (see {@link BreakUi#planStretches}); empty for events that are not about an offered or
 *     running break (natural breaks, pauses, the daily limit) or when none fitted
 * @param onDemand whether the break the event is about was asked for ({@link BreakEngine#breakNow})
 *     rather than offered by the schedule
 */
public record BreakEvent(BreakEventType type, Instant at, BreakKind kind, Duration activeTime,
        int snoozes, String note, Duration activeToday, List<String> stretchIds, boolean onDemand) {

    public BreakEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(activeTime, "activeTime");
        Objects.requireNonNull(activeToday, "activeToday");
        note = note == null ? "" : note;
        stretchIds = stretchIds == null ? List.of() : List.copyOf(stretchIds);
    }
}
