package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.HistoryStore;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
        assertThat(result.message()).isEqualTo("Today: 1 offered, 1 taken, 0 ended early, 0 worked through, 0 natural,"
                + " 0 snoozed, 1 skipped, 0 extra, 0 deferred; 1h20m active. Streak: 0 days.");
        assertThat(result.data().get("today")).isEqualTo(Map.of("offered", 1, "taken", 1, "endedEarly", 0,
                "workedThrough", 0, "natural", 0, "snoozed", 0, "skipped", 1, "extra", 0, "deferred", 0, "activeSeconds", 4800L));
        @SuppressWarnings("unchecked")
        Map<String, Object> week = (Map<String, Object>) result.data().get("last7Days");
        assertThat(week).containsEntry("taken", 2);
        assertThat(result.data()).containsKeys("last30Days", "streakDays");
    }

    @Test
    void stretchesOnDemandAreExtraNotTakenAndActiveTimeUnderAMinuteIsPrintedInSeconds() {
        List<HistoryRecord> records = new ArrayList<>();
        records.add(HistoryRecord.of(at(TODAY, 9), BreakKind.MICRO, BreakEventType.OFFERED, 50));
        records.add(HistoryRecord.of(at(TODAY, 9), BreakKind.MICRO, BreakEventType.ENDED_EARLY, 0));
        records.add(HistoryRecord.of(at(TODAY, 10), BreakKind.MICRO, BreakEventType.OFFERED, 0));
        records.add(HistoryRecord.of(at(TODAY, 10), BreakKind.MICRO, BreakEventType.WORKED_THROUGH, 0));
        for (int i = 0; i < 3; i++) { // three quick chair stretches
            records.add(new HistoryRecord(at(TODAY, 11 + i), BreakKind.MICRO, BreakEventType.STARTED,
                    List.of("chair-twist"), 2, true));
            records.add(new HistoryRecord(at(TODAY, 11 + i), BreakKind.MICRO, BreakEventType.COMPLETED,
                    List.of("chair-twist"), 0, true));
        }
        ControlResult result = StatsData.of(store(records), ZONE, TODAY);
        assertThat(result.message()).isEqualTo("Today: 2 offered, 0 taken, 1 ended early, 1 worked through,"
                + " 0 natural, 0 snoozed, 0 skipped, 3 extra, 0 deferred; 56s active. Streak: 1 day.");
        @SuppressWarnings("unchecked")
        Map<String, Object> today = (Map<String, Object>) result.data().get("today");
        assertThat(today).containsEntry("taken", 0).containsEntry("extra", 3).containsEntry("endedEarly", 1)
                .containsEntry("workedThrough", 1).containsEntry("activeSeconds", 56L);
        assertThat(today.keySet()).containsExactly("offered", "taken", "endedEarly", "workedThrough", "natural",
                "snoozed", "skipped", "extra", "deferred", "activeSeconds");
    }

    @Test
    void activeTimeIsPrintedInTheUnitTheJsonCounts() {
        assertThat(StatsData.activeText(Duration.ofSeconds(56))).isEqualTo("56s");
        assertThat(StatsData.activeText(Duration.ofSeconds(4805))).isEqualTo("1h20m5s");
        assertThat(StatsData.activeText(Duration.ofMillis(999))).isEqualTo("0s");
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
