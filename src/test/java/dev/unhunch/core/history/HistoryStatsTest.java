package dev.unhunch.core.history;

import static dev.unhunch.core.breaks.BreakKind.LONG;
import static dev.unhunch.core.breaks.BreakKind.MICRO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryStatsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final List<HistoryRecord> records = new ArrayList<>();

    private void add(LocalDate day, String time, BreakKind kind, BreakEventType outcome, long active) {
        records.add(HistoryRecord.of(day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant(), kind, outcome, active));
    }

    private void onDemand(LocalDate day, String time, BreakEventType outcome, long active) {
        records.add(new HistoryRecord(day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant(), MICRO, outcome,
                List.of("chair-twist"), active, true));
    }

    private void keptDay(LocalDate day) {
        add(day, "10:00", MICRO, BreakEventType.OFFERED, 1200);
        add(day, "10:01", MICRO, BreakEventType.COMPLETED, 0);
    }

    @Test
    void countsPerDayInTheZoneAndTotals() {
        add(TODAY, "00:30", MICRO, BreakEventType.OFFERED, 600); // 23:30 UTC the day before: still today in Zurich
        add(TODAY, "00:31", MICRO, BreakEventType.SNOOZED, 0);
        add(TODAY, "00:40", MICRO, BreakEventType.OFFERED, 300);
        add(TODAY, "00:41", MICRO, BreakEventType.STARTED, 0);
        add(TODAY, "00:42", MICRO, BreakEventType.COMPLETED, 0);
        add(TODAY, "02:00", LONG, BreakEventType.NATURAL, 100);
        records.add(HistoryRecord.of(TODAY.atTime(3, 0).atZone(ZONE).toInstant(), null, BreakEventType.PAUSED, 20));
        add(TODAY.minusDays(6), "09:00", LONG, BreakEventType.SKIPPED, 3600);
        add(TODAY.minusDays(7), "09:00", LONG, BreakEventType.OFFERED, 60);
        add(TODAY.minusDays(30), "09:00", LONG, BreakEventType.OFFERED, 60); // outside 30 days

        HistoryStats.Summary s = HistoryStats.summary(records, ZONE, TODAY);

        assertThat(s.today()).isEqualTo(new DailyStats(TODAY, TODAY, 2, 1, 0, 0, 1, 1, 0, 0, Duration.ofSeconds(1020)));
        assertThat(s.last7()).isEqualTo(new DailyStats(TODAY.minusDays(6), TODAY, 2, 1, 0, 0, 1, 1, 1, 0,
                Duration.ofSeconds(4620)));
        assertThat(s.last30().offered()).isEqualTo(3);
        assertThat(s.last30().from()).isEqualTo(TODAY.minusDays(29));
        assertThat(s.days()).hasSize(30).extracting(DailyStats::date).startsWith(TODAY.minusDays(29)).endsWith(TODAY);
        assertThat(s.days().get(28)).isEqualTo(DailyStats.empty(TODAY.minusDays(1)));
    }

    @Test
    void eachOutcomeHasItsOwnCountAndBreaksOnDemandCountOnlyAsExtra() {
        add(TODAY, "09:00", MICRO, BreakEventType.OFFERED, 1200);
        add(TODAY, "09:00", MICRO, BreakEventType.STARTED, 0);
        add(TODAY, "09:01", MICRO, BreakEventType.ENDED_EARLY, 0);
        add(TODAY, "09:30", MICRO, BreakEventType.OFFERED, 1200);
        add(TODAY, "09:30", MICRO, BreakEventType.STARTED, 0);
        add(TODAY, "09:31", MICRO, BreakEventType.WORKED_THROUGH, 60);
        add(TODAY, "10:00", MICRO, BreakEventType.OFFERED, 1200);
        add(TODAY, "10:00", MICRO, BreakEventType.SNOOZED, 0);
        add(TODAY, "10:10", MICRO, BreakEventType.OFFERED, 600);
        add(TODAY, "10:11", MICRO, BreakEventType.COMPLETED, 0);
        // the quick chair stretch, four times, ended in every way: four extras, nothing else
        onDemand(TODAY, "11:00", BreakEventType.STARTED, 5);
        onDemand(TODAY, "11:01", BreakEventType.COMPLETED, 0);
        onDemand(TODAY, "11:10", BreakEventType.STARTED, 0);
        onDemand(TODAY, "11:10", BreakEventType.ENDED_EARLY, 0);
        onDemand(TODAY, "11:20", BreakEventType.STARTED, 0);
        onDemand(TODAY, "11:20", BreakEventType.SNOOZED, 0);
        onDemand(TODAY, "11:30", BreakEventType.STARTED, 0);
        onDemand(TODAY, "11:30", BreakEventType.SKIPPED, 0);
        records.add(HistoryRecord.of(TODAY.atTime(18, 0).atZone(ZONE).toInstant(), null, BreakEventType.DAILY_LIMIT, 0));

        DailyStats today = HistoryStats.summary(records, ZONE, TODAY).today();

        assertThat(today).isEqualTo(new DailyStats(TODAY, TODAY, 4, 1, 1, 1, 0, 1, 0, 4, Duration.ofSeconds(4265)));
        assertThat(today.offered()).as("the daily limit is not a break offered").isEqualTo(4);
    }

    @Test
    void aDayWithOnlyExtraStretchesKeepsTheStreakAndWorkingThroughWithoutTakingBreaksIt() {
        onDemand(TODAY.minusDays(1), "10:00", BreakEventType.STARTED, 600);
        add(TODAY.minusDays(2), "10:00", MICRO, BreakEventType.OFFERED, 600);
        add(TODAY.minusDays(2), "10:01", MICRO, BreakEventType.WORKED_THROUGH, 0);
        keptDay(TODAY.minusDays(3));
        assertThat(HistoryStats.streak(records, ZONE, TODAY)).isEqualTo(1);
    }

    @Test
    void streakCountsKeptDaysPassingOverEmptyDaysUntilABrokenOne() {
        keptDay(TODAY.minusDays(1));
        keptDay(TODAY.minusDays(2));
        // TODAY-3: a weekend, nothing happened
        keptDay(TODAY.minusDays(4));
        add(TODAY.minusDays(5), "11:00", MICRO, BreakEventType.OFFERED, 100); // offered, never taken: broken
        keptDay(TODAY.minusDays(6));
        assertThat(HistoryStats.streak(records, ZONE, TODAY)).as("today not yet kept is passed over").isEqualTo(3);

        add(TODAY, "09:00", MICRO, BreakEventType.OFFERED, 10);
        assertThat(HistoryStats.streak(records, ZONE, TODAY)).as("today under way").isEqualTo(3);
        add(TODAY, "09:01", MICRO, BreakEventType.NATURAL, 0);
        assertThat(HistoryStats.streak(records, ZONE, TODAY)).isEqualTo(4);
        add(TODAY, "12:00", LONG, BreakEventType.SKIPPED, 0);
        assertThat(HistoryStats.streak(records, ZONE, TODAY)).as("a skip today ends it").isZero();
    }

    @Test
    void streakOfNoHistoryIsZeroAndASkippedDayBreaksIt() {
        assertThat(HistoryStats.streak(List.of(), ZONE, TODAY)).isZero();
        keptDay(TODAY.minusDays(1));
        keptDay(TODAY.minusDays(2));
        add(TODAY.minusDays(2), "15:00", MICRO, BreakEventType.SKIPPED, 0);
        keptDay(TODAY.minusDays(3));
        assertThat(HistoryStats.streak(records, ZONE, TODAY)).isEqualTo(1);
    }

    @Test
    void csvHasAHeaderAndOneRowPerDay() {
        keptDay(TODAY);
        add(TODAY, "11:00", MICRO, BreakEventType.SNOOZED, 30);
        add(TODAY, "11:20", MICRO, BreakEventType.ENDED_EARLY, 0);
        onDemand(TODAY, "12:00", BreakEventType.STARTED, 0);
        String csv = HistoryStats.toCsv(HistoryStats.daily(records, ZONE, TODAY.minusDays(1), TODAY));
        assertThat(csv).isEqualTo(
                "date,offered,taken,ended_early,worked_through,natural,snoozed,skipped,extra,deferred,active_seconds\r\n"
                + "2026-11-21,0,0,0,0,0,0,0,0,0,0\r\n"
                + "2026-11-22,1,1,1,0,0,1,0,1,0,1230\r\n");
    }

    @Test
    void recordsCheckTheirFields() {
        assertThatThrownBy(() -> HistoryRecord.of(TODAY.atStartOfDay(ZONE).toInstant(), null, BreakEventType.SKIPPED, 0))
                .hasMessageContaining("skipped needs a break kind");
        assertThatThrownBy(() -> HistoryRecord.of(TODAY.atStartOfDay(ZONE).toInstant(), MICRO, BreakEventType.SKIPPED, -1))
                .hasMessageContaining("negative");
        assertThat(HistoryRecord.of(TODAY.atStartOfDay(ZONE).toInstant(), null, BreakEventType.DAILY_LIMIT, 0).kind())
                .isNull();
        assertThat(BreakEventType.fromId("natural")).isEqualTo(BreakEventType.NATURAL);
        assertThat(BreakEventType.WORKED_THROUGH.id()).isEqualTo("worked_through");
        assertThat(BreakKind.fromWord("long")).isEqualTo(LONG);
    }

    @Test
    void aBreakThatWaitedCountsOnceAsDeferredAndADayWithOnlyAWaitIsNeutral() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 22);
        java.time.Instant at = day.atTime(9, 0).atZone(java.time.ZoneOffset.UTC).toInstant();
        List<HistoryRecord> records = List.of(
                new HistoryRecord(at, dev.unhunch.core.breaks.BreakKind.MICRO,
                        dev.unhunch.core.breaks.BreakEventType.DEFERRED, List.of(), 0, false, "microphone"));
        HistoryStats.Summary s = HistoryStats.summary(records, java.time.ZoneOffset.UTC, day);
        assertThat(s.today().deferred()).isEqualTo(1);
        assertThat(s.today().offered()).isZero();
        assertThat(s.today().hasBreaks()).isFalse();
        assertThat(StatCount.DEFERRED.of(s.last7())).isEqualTo(1);
    }
}
