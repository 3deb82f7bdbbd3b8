package dev.unhunch.app;

import dev.unhunch.core.breaks.BreakEvent;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakListener;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.history.BreakKindName;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.core.history.Outcome;
import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writes the engine's events to the history journal. Each record carries the active time since
 * the previous record (so a day's records add up to its active time, as the statistics expect)
 * and, for breaks, the stretches shown. Runs on the engine thread; a failing write is logged and
 * never stops the reminders.
 */
public final class HistoryRecorder implements BreakListener {

    private static final Log LOG = Log.of(HistoryRecorder.class);

    private final HistoryStore store;
    private final ZoneId zone;
    private final Supplier<List<String>> stretchesShown;
    private Duration activeToday = Duration.ZERO;
    private Duration activeAtLastRecord = Duration.ZERO;
    private LocalDate day;
    private boolean failing;

    public HistoryRecorder(HistoryStore store, ZoneId zone, Supplier<List<String>> stretchesShown) {
        this.store = Objects.requireNonNull(store, "store");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.stretchesShown = Objects.requireNonNull(stretchesShown, "stretchesShown");
    }

    /** Follows today's active time from the heartbeat's snapshots. */
    public void onSnapshot(EngineSnapshot snapshot) {
        LocalDate today = LocalDate.ofInstant(snapshot.at(), zone);
        if (!today.equals(day)) {
            day = today;
            activeAtLastRecord = Duration.ZERO;
        }
        activeToday = snapshot.activeToday();
    }

    @Override
    public void onEvent(BreakEvent event) {
        long activeSeconds = Math.max(0, activeToday.minus(activeAtLastRecord).toSeconds());
        activeAtLastRecord = activeToday;
        HistoryRecord record = new HistoryRecord(event.at(), kindName(event), outcome(event),
                showsStretches(event) ? stretchesShown.get() : List.of(), activeSeconds);
        try {
            store.append(record);
            failing = false;
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                LOG.warn("Cannot write the break history (" + e.getMessage() + "); breaks go on regardless");
                failing = true;
            }
        }
    }

    private static boolean showsStretches(BreakEvent event) {
        return switch (event.type()) {
            case STARTED, COMPLETED, SKIPPED, SNOOZED -> true;
            default -> false;
        };
    }

    static BreakKindName kindName(BreakEvent event) {
        if (event.type() == dev.unhunch.core.breaks.BreakEventType.DAILY_LIMIT) {
            return BreakKindName.DAILY;
        }
        return event.kind() == null ? null : event.kind() == BreakKind.MICRO ? BreakKindName.MICRO : BreakKindName.LONG;
    }

    static Outcome outcome(BreakEvent event) {
        return switch (event.type()) {
            case OFFERED, DAILY_LIMIT -> Outcome.OFFERED;
            case STARTED -> Outcome.STARTED;
            case COMPLETED -> Outcome.COMPLETED;
            case ENDED_EARLY -> Outcome.ENDED_EARLY;
            case WORKED_THROUGH -> Outcome.WORKED_THROUGH;
            case SNOOZED -> Outcome.SNOOZED;
            case SKIPPED -> Outcome.SKIPPED;
            case NATURAL -> Outcome.NATURAL;
            case PAUSED -> Outcome.PAUSED;
            case RESUMED -> Outcome.RESUMED;
        };
    }
}
