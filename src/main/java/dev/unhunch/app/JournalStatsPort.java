package dev.unhunch.app;

import dev.unhunch.core.history.HistoryRead;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.HistoryStats;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.core.log.Log;
import dev.unhunch.storage.history.CsvExport;
import dev.unhunch.ui.stats.StatsPort;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The statistics window's port over the history journal. The app records its breaks through this
 * port too (it is the {@link HistoryStore} the recorder writes to), so each stored record is
 * announced to the change listeners, i.e. to an open statistics window, without anyone watching
 * the journal file.
 */
final class JournalStatsPort implements StatsPort, HistoryStore {

    /** How far back the streak may reach; a longer streak shows as this many days. */
    static final int STREAK_DAYS = 366;

    private static final Log LOG = Log.of(JournalStatsPort.class);

    private final HistoryStore history;
    private final ZoneId zone;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    JournalStatsPort(HistoryStore history, ZoneId zone, Clock clock) {
        this.history = history;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public HistoryStats.Summary summary() throws IOException {
        LocalDate today = today();
        HistoryRead records = history.readCounting(today.minusDays(STREAK_DAYS).atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        return HistoryStats.summary(records, zone, today);
    }

    @Override
    public void exportCsv(File file) throws IOException {
        CsvExport.write(file.toPath(), summary().days());
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Stores the record, then tells the listeners (on this thread, the engine's: they only hand
     * over to their own). A record that could not be stored is not announced.
     */
    @Override
    public void append(HistoryRecord record) throws IOException {
        history.append(record);
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A history listener failed", e); // the break must be recorded regardless
            }
        }
    }

    @Override
    public List<HistoryRecord> read(Instant from, Instant to) throws IOException {
        return history.read(from, to);
    }

    @Override
    public HistoryRead readCounting(Instant from, Instant to) throws IOException {
        return history.readCounting(from, to);
    }
}
