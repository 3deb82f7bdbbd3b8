package dev.unhunch.app;

import dev.unhunch.core.breaks.BreakEvent;
import dev.unhunch.core.breaks.BreakListener;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Writes the engine's events to the history journal, from the events alone. Each record carries
 * the active time since the previous record of the same day (so a day's records add up to its
 * active time, as the statistics expect), the break's stretches and whether it was asked for.
 * Runs on the engine thread; a failing write is logged and never stops the reminders.
 */
public final class HistoryRecorder implements BreakListener {

    private static final Log LOG = Log.of(HistoryRecorder.class);

    private final HistoryStore store;
    private final ZoneId zone;
    private Duration activeAtLastRecord = Duration.ZERO;
    private LocalDate day;
    private boolean failing;

    /** @param zone the zone whose calendar days the engine's "today" follows */
    public HistoryRecorder(HistoryStore store, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void onEvent(BreakEvent event) {
        LocalDate today = LocalDate.ofInstant(event.at(), zone);
        if (!today.equals(day)) {
            day = today;
            activeAtLastRecord = Duration.ZERO;
        }
        // never negative: the engine's day may turn a moment apart from ours
        long activeSeconds = Math.max(0, event.activeToday().minus(activeAtLastRecord).toSeconds());
        HistoryRecord record = new HistoryRecord(event.at(), event.kind(), event.type(), event.stretchIds(),
                activeSeconds, event.onDemand(), reasonOf(event));
        try {
            store.append(record);
            activeAtLastRecord = event.activeToday(); // a record lost keeps its time for the next one
            failing = false;
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                LOG.warn("Cannot write the break history (" + e.getMessage() + "); breaks go on regardless");
                failing = true;
            }
        }
    }

    /** What a wait was for: the note of a deferral, or of an offer after one. */
    private static String reasonOf(BreakEvent event) {
        boolean waitNote = event.type() == dev.unhunch.core.breaks.BreakEventType.DEFERRED
                || event.type() == dev.unhunch.core.breaks.BreakEventType.OFFERED;
        return waitNote ? event.note() : "";
    }
}
