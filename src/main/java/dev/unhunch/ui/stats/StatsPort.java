package dev.unhunch.ui.stats;

import dev.unhunch.core.history.HistoryStats;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;

/** What the statistics window needs from the app: the summary and a CSV export, no files itself. */
public interface StatsPort {

    /** Today, the last 7 and 30 days and the streak, as of now. */
    HistoryStats.Summary summary() throws IOException;

    /** Writes the last 30 days, one row per day, as CSV to a file the user chose. */
    void exportCsv(File file) throws IOException;

    /**
     * The day the summary counts as today; cheap, it reads no history. The open window compares it
     * with the day it shows, to notice midnight.
     */
    default LocalDate today() {
        return LocalDate.now();
    }

    /**
     * Registers a listener told, on any thread, each time a record is added to the history; the
     * open window re-reads the summary then. A port whose history does not change ignores this.
     */
    default void addChangeListener(Runnable listener) {
    }

    /** Removes a listener added with {@link #addChangeListener}. */
    default void removeChangeListener(Runnable listener) {
    }
}
