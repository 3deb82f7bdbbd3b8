package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.core.breaks.BreakEventType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsDataTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }

    private static HistoryStore store(List<HistoryRecord> records) {
        return new HistoryStore() {
            @Override
            public void append(HistoryRecord record) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<HistoryRecord> read(Instant from, Instant to) {
                return records.stream().filter(r -> !r.time().isBefore(from) && r.time().isBefore(to)).toList();
            }
        };
    }

    @Test
    void todayAndTotalsFromTheJournal() {
        List<HistoryRecord> records = List.of(
                HistoryRecord.of(at(TODAY.minusDays(3), 10), BreakKind.MICRO, BreakEventType.COMPLETED, 1200),
                HistoryRecord.of(at(TODAY, 9), BreakKind.MICRO, BreakEventType.OFFERED, 1200),
                HistoryRecord.of(at(TODAY, 9), BreakKind.MICRO, BreakEventType.COMPLETED, 0),
                HistoryRecord.of(at(TODAY, 10), BreakKind.LONG, BreakEventType.SKIPPED, 3600));
        ControlResult result = StatsData.of(store(records), ZONE, TODAY);
        assertThat(result.ok()).isTrue();
        assertThat(result.message()).isEqualTo("Today: 1 taken, 0 natural, 1 skipped, 0 snoozed; 1h20m active. Streak: 0 days.");
        assertThat(result.data().get("today")).isEqualTo(Map.of("offered", 1, "taken", 1, "natural", 0, "skipped", 1,
                "snoozed", 0, "activeSeconds", 4800L));
        @SuppressWarnings("unchecked")
        Map<String, Object> week = (Map<String, Object>) result.data().get("last7Days");
        assertThat(week).containsEntry("taken", 2);
        assertThat(result.data()).containsKeys("last30Days", "streakDays");
    }

    @Test
    void anUnreadableJournalIsARefusalWithTheReason() {
        HistoryStore broken = new HistoryStore() {
            @Override
            public void append(HistoryRecord record) {
            }

            @Override
            public List<HistoryRecord> read(Instant from, Instant to) throws IOException {
                throw new IOException("disk on fire");
            }
        };
        ControlResult result = StatsData.of(broken, ZONE, TODAY);
        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("disk on fire");
    }
}
