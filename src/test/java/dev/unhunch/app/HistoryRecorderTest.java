package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakEvent;
import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events become history records from what the events carry, nothing else. */
class HistoryRecorderTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final List<HistoryRecord> stored = new ArrayList<>();
    private final HistoryStore store = new HistoryStore() {
        @Override
        public void append(HistoryRecord record) {
            stored.add(record);
        }

        @Override
        public List<HistoryRecord> read(Instant from, Instant to) {
            return List.copyOf(stored);
        }
    };

    private static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).atZone(ZONE).toInstant();
    }

    private static BreakEvent event(BreakEventType type, Instant at, BreakKind kind, long activeTodaySeconds,
            List<String> stretches, boolean onDemand) {
        return new BreakEvent(type, at, kind, Duration.ofMinutes(20), 0, "", Duration.ofSeconds(activeTodaySeconds),
                stretches, onDemand);
    }

    @Test
    void eachRecordHoldsTheActiveTimeSinceThePreviousOneAndTheBreaksStretches() {
        HistoryRecorder recorder = new HistoryRecorder(store, ZONE);
        List<String> routine = List.of("neck-side", "chair-twist");
        recorder.onEvent(event(BreakEventType.OFFERED, at(23, 9, 20), BreakKind.MICRO, 1200, routine, false));
        recorder.onEvent(event(BreakEventType.STARTED, at(23, 9, 20), BreakKind.MICRO, 1230, routine, false));
        recorder.onEvent(event(BreakEventType.WORKED_THROUGH, at(23, 9, 21), BreakKind.MICRO, 1250, routine, false));
        recorder.onEvent(event(BreakEventType.NATURAL, at(23, 10, 0), BreakKind.LONG, 2000, List.of(), false));

        assertThat(stored).containsExactly(
                new HistoryRecord(at(23, 9, 20), BreakKind.MICRO, BreakEventType.OFFERED, routine, 1200, false),
                new HistoryRecord(at(23, 9, 20), BreakKind.MICRO, BreakEventType.STARTED, routine, 30, false),
                new HistoryRecord(at(23, 9, 21), BreakKind.MICRO, BreakEventType.WORKED_THROUGH, routine, 20, false),
                new HistoryRecord(at(23, 10, 0), BreakKind.LONG, BreakEventType.NATURAL, List.of(), 750, false));
        assertThat(stored.stream().mapToLong(HistoryRecord::activeSeconds).sum())
                .as("a day's records add up to its active time").isEqualTo(2000);
    }

    @Test
    void aNewDayStartsCountingFromZeroAndAnOnDemandBreakIsMarked() {
        HistoryRecorder recorder = new HistoryRecorder(store, ZONE);
        recorder.onEvent(event(BreakEventType.SKIPPED, at(23, 17, 0), BreakKind.LONG, 20_000, List.of("roll"), false));
        recorder.onEvent(event(BreakEventType.STARTED, at(24, 8, 5), BreakKind.MICRO, 300, List.of("twist"), true));
        recorder.onEvent(event(BreakEventType.COMPLETED, at(24, 8, 6), BreakKind.MICRO, 300, List.of("twist"), true));
        recorder.onEvent(new BreakEvent(BreakEventType.PAUSED, at(24, 9, 0), null, Duration.ZERO, 0, "indefinitely",
                Duration.ofSeconds(500), List.of(), false));

        assertThat(stored).extracting(HistoryRecord::activeSeconds).containsExactly(20_000L, 300L, 0L, 200L);
        assertThat(stored).extracting(HistoryRecord::onDemand).containsExactly(false, true, true, false);
        assertThat(stored.get(1).stretchIds()).containsExactly("twist");
        assertThat(stored.get(3).kind()).isNull();
    }

    @Test
    void aDailyLimitIsRecordedAsSuchWithoutAKind() {
        new HistoryRecorder(store, ZONE).onEvent(new BreakEvent(BreakEventType.DAILY_LIMIT, at(23, 18, 0), null,
                Duration.ofHours(8), 0, "", Duration.ofHours(8), List.of(), false));
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(BreakEventType.DAILY_LIMIT);
            assertThat(r.kind()).isNull();
            assertThat(r.activeSeconds()).isEqualTo(8 * 3600);
        });
    }

    @Test
    void aFailingWriteNeitherStopsNorShortensTheNextRecord(@TempDir Path dir) throws IOException {
        HistoryStore flaky = new HistoryStore() {
            private int calls;

            @Override
            public void append(HistoryRecord record) throws IOException {
                if (calls++ == 0) {
                    throw new IOException("disk full");
                }
                stored.add(record);
            }

            @Override
            public List<HistoryRecord> read(Instant from, Instant to) {
                return List.of();
            }
        };
        HistoryRecorder recorder = new HistoryRecorder(flaky, ZONE);
        recorder.onEvent(event(BreakEventType.OFFERED, at(23, 9, 0), BreakKind.MICRO, 100, List.of(), false));
        recorder.onEvent(event(BreakEventType.SKIPPED, at(23, 9, 1), BreakKind.MICRO, 110, List.of(), false));
        assertThat(stored).singleElement().extracting(HistoryRecord::activeSeconds)
                .as("the lost record's active time goes with the next one").isEqualTo(110L);

        // and through a real journal the record reads back as it was made
        try (JsonlHistoryJournal journal = new JsonlHistoryJournal(dir, ZONE)) {
            new HistoryRecorder(journal, ZONE).onEvent(
                    event(BreakEventType.ENDED_EARLY, at(23, 9, 0), BreakKind.MICRO, 100, List.of("twist"), true));
            assertThat(journal.read(at(23, 0, 0), at(24, 0, 0))).containsExactly(new HistoryRecord(at(23, 9, 0),
                    BreakKind.MICRO, BreakEventType.ENDED_EARLY, List.of("twist"), 100, true));
        }
    }
}
