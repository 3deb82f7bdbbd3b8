package dev.unhunch.app;

import dev.unhunch.core.history.DailyStats;
import dev.unhunch.core.history.HistoryRead;
import dev.unhunch.core.history.HistoryStats;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.core.history.StatCount;
import dev.unhunch.core.time.DurationText;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The break statistics as {@code unhunch stats} prints them: today, the last 7 and 30 days and the
 * streak, read from the history journal. Keys are part of the documented shape (docs/cli.md).
 */
final class StatsData {

    /** How far back the journal is read, so that a long streak is still counted. */
    private static final int DAYS_READ = 366;

    private StatsData() {
    }

    /** The result for {@code unhunch stats}; a journal that cannot be read is a refusal with the reason. */
    static ControlResult of(HistoryStore history, ZoneId zone, LocalDate today) {
        HistoryStats.Summary summary;
        try {
            summary = HistoryStats.summary(history.readCounting(today.minusDays(DAYS_READ - 1).atStartOfDay(zone).toInstant(),
                    today.plusDays(1).atStartOfDay(zone).toInstant()), zone, today);
        } catch (IOException e) {
            return ControlResult.refused("the break history cannot be read: " + e.getMessage());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("today", counts(summary.today()));
        data.put("last7Days", counts(summary.last7()));
        data.put("last30Days", counts(summary.last30()));
        data.put("streakDays", summary.streak());
        data.put("unreadableRecords", summary.unreadable());
        DailyStats t = summary.today();
        String counts = Arrays.stream(StatCount.values()).map(c -> c.of(t) + " " + c.words())
                .collect(Collectors.joining(", "));
        String message = String.format("Today: %s; %s active. Streak: %d day%s.", counts, activeText(t.active()),
                summary.streak(), summary.streak() == 1 ? "" : "s");
        if (summary.unreadable() > 0) {
            message += " " + new HistoryRead(java.util.List.of(), summary.unreadable()).unreadableText()
                    + " (see the log).";
        }
        return ControlResult.ok(message, data);
    }

    private static Map<String, Object> counts(DailyStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (StatCount c : StatCount.values()) {
            m.put(c.key(), c.of(s));
        }
        m.put("activeSeconds", s.active().toSeconds());
        return m;
    }

    /** Active time in whole seconds, as the JSON's {@code activeSeconds} has it: {@code 56s}, {@code 1h20m5s}. */
    static String activeText(Duration active) {
        return DurationText.format(Duration.ofSeconds(active.toSeconds()));
    }
}
