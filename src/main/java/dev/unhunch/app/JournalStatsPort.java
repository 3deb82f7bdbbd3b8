package dev.unhunch.app;

import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.HistoryStats;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.storage.history.CsvExport;
import dev.unhunch.ui.stats.StatsPort;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The statistics window's port over the history journal. */
final class JournalStatsPort implements StatsPort {

    /** How far back the streak may reach; a longer streak shows as this many days. */
    static final int STREAK_DAYS = 366;

    private final HistoryStore history;
    private final ZoneId zone;
    private final Clock clock;

    JournalStatsPort(HistoryStore history, ZoneId zone, Clock clock) {
        this.history = history;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public HistoryStats.Summary summary() throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<HistoryRecord> records = history.read(today.minusDays(STREAK_DAYS).atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        return HistoryStats.summary(records, zone, today);
    }

    @Override
    public void exportCsv(File file) throws IOException {
        CsvExport.write(file.toPath(), summary().days());
    }
}
