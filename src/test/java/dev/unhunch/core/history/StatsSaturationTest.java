package dev.unhunch.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sums of counts and active time stop at their largest value instead of overflowing. */
class StatsSaturationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void countsAndActiveTimeSaturate() {
        DailyStats full = new DailyStats(DAY, DAY, Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0, 3, 1, 2, 0,
                Duration.ofSeconds(Long.MAX_VALUE - 10));
        DailyStats sum = HistoryStats.total(List.of(full, full, full));
        assertThat(sum.offered()).isEqualTo(Integer.MAX_VALUE);
        assertThat(sum.taken()).isEqualTo(Integer.MAX_VALUE);
        assertThat(sum.snoozed()).isEqualTo(3);
        assertThat(sum.active()).isEqualTo(DailyStats.MAX_ACTIVE);

        DailyStats more = full.add(HistoryRecord.of(Instant.parse("2026-11-22T10:00:00Z"), dev.unhunch.core.breaks.BreakKind.MICRO,
                dev.unhunch.core.breaks.BreakEventType.OFFERED, Long.MAX_VALUE));
        assertThat(more.offered()).isEqualTo(Integer.MAX_VALUE);
        assertThat(more.active()).isEqualTo(DailyStats.MAX_ACTIVE);
    }

    @Test
    void summaryCarriesTheUnreadableCount() {
        HistoryStats.Summary s = HistoryStats.summary(new HistoryRead(List.of(), 3), java.time.ZoneOffset.UTC, DAY);
        assertThat(s.unreadable()).isEqualTo(3);
        assertThat(HistoryStats.summary(List.of(), java.time.ZoneOffset.UTC, DAY).unreadable()).isZero();
    }
}
