package dev.unhunch.core.breaks;

import dev.unhunch.core.log.Log;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The engine's event stream: what each {@link BreakEvent} says about the break that was shown
 * (its planned stretches, whether the user asked for it), and who hears it. A listener that fails
 * is logged and never stops the others or the engine.
 */
final class BreakEvents {

    private static final Log LOG = Log.of(BreakEvents.class);

    private final List<BreakListener> listeners = new CopyOnWriteArrayList<>();
    private final DailyCounter daily;
    private BreakKind shownKind;
    private List<String> shownStretches = List.of();
    private boolean shownOnDemand;

    /** @param daily today's active time, which every event carries */
    BreakEvents(DailyCounter daily, BreakListener... listeners) {
        this.daily = Objects.requireNonNull(daily, "daily");
        this.listeners.addAll(List.of(listeners));
    }

    void add(BreakListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Lets the UI plan the break about to be offered or started, for the events about it. */
    void planShown(BreakUi ui, BreakKind kind, Duration length, boolean onDemand) {
        shownKind = kind;
        shownOnDemand = onDemand;
        try {
            List<String> ids = ui.planStretches(kind, length);
            shownStretches = ids == null ? List.of() : List.copyOf(ids);
        } catch (RuntimeException e) {
            shownStretches = List.of(); // the break goes on; only its record lacks the stretches
            LOG.warn("planning the " + kind.word() + " break's stretches failed", e);
        }
    }

    /** An event about a break of {@code kind}, with its budget's active time and snoozes. */
    void emit(BreakEventType type, Instant at, BreakKind kind, BreakTimer timer, String note) {
        emit(type, at, kind, timer.active(), timer.snoozes(), note);
    }

    void emit(BreakEventType type, Instant at, BreakKind kind, Duration active, int snoozes, String note) {
        // natural breaks are rest the user took on their own, not the break that was shown
        boolean aboutShown = kind != null && kind == shownKind && type != BreakEventType.NATURAL;
        BreakEvent event = new BreakEvent(type, at, kind, active, snoozes, note, daily.active(),
                aboutShown ? shownStretches : List.of(), aboutShown && shownOnDemand);
        LOG.debug(event::toString);
        for (BreakListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("break listener failed on " + event, e);
            }
        }
    }
}
