package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics port over a real journal: records written through it reach the journal and the listeners. */
class JournalStatsPortTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final Instant NOW = Instant.parse("2026-11-20T22:30:00Z"); // 23:30 in Zurich

    @TempDir
    Path dir;

    private JournalStatsPort port(HistoryStore history) {
        return new JournalStatsPort(history, ZONE, Clock.fixed(NOW, ZoneId.of("UTC")));
    }

    @Test
    void aRecordWrittenThroughThePortIsStoredAndAnnounced() throws IOException {
        try (JsonlHistoryJournal journal = new JsonlHistoryJournal(dir, ZONE)) {
            JournalStatsPort port = port(journal);
            AtomicInteger heard = new AtomicInteger();
            Runnable listener = () -> {
                try {
                    // told after the record is stored, so a summary read now already counts it
                    assertThat(port.summary().today().offered()).isEqualTo(1);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                heard.incrementAndGet();
            };
            port.addChangeListener(listener);
            assertThat(port.summary().today().offered()).isZero();

            port.append(HistoryRecord.of(NOW.minusSeconds(60), BreakKind.MICRO, BreakEventType.OFFERED, 600));
            assertThat(heard).hasValue(1);
            assertThat(port.summary().today().offered()).isEqualTo(1);

            port.removeChangeListener(listener);
            port.append(HistoryRecord.of(NOW, BreakKind.MICRO, BreakEventType.COMPLETED, 0));
            assertThat(heard).hasValue(1);
            assertThat(port.read(NOW.minusSeconds(3600), NOW.plusSeconds(1))).hasSize(2);
        }
    }

    @Test
    void aRecordThatCouldNotBeStoredIsNotAnnounced() {
        HistoryStore full = new HistoryStore() {
            @Override
            public void append(HistoryRecord record) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public List<HistoryRecord> read(Instant from, Instant to) {
                return List.of();
            }
        };
        JournalStatsPort port = port(full);
        AtomicInteger heard = new AtomicInteger();
        port.addChangeListener(heard::incrementAndGet);
        assertThatThrownBy(() -> port.append(HistoryRecord.of(NOW, BreakKind.MICRO, BreakEventType.OFFERED, 0)))
                .hasMessageContaining("No space");
        assertThat(heard).hasValue(0);
    }

    @Test
    void aFailingListenerNeitherStopsTheOthersNorTheRecording() throws IOException {
        try (JsonlHistoryJournal journal = new JsonlHistoryJournal(dir, ZONE)) {
            JournalStatsPort port = port(journal);
            AtomicInteger heard = new AtomicInteger();
            port.addChangeListener(() -> {
                throw new IllegalStateException("window gone");
            });
            port.addChangeListener(heard::incrementAndGet);
            port.append(HistoryRecord.of(NOW, BreakKind.MICRO, BreakEventType.OFFERED, 0));
            assertThat(heard).hasValue(1);
        }
    }

    @Test
    void todayIsTheDateInTheJournalsZone() {
        assertThat(port(null).today()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(new JournalStatsPort(null, ZoneId.of("Asia/Tokyo"), Clock.fixed(NOW, ZONE)).today())
                .isEqualTo(LocalDate.of(2026, 11, 21));
    }
}
