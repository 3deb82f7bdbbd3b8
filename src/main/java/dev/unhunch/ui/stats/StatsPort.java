package dev.unhunch.ui.stats;

import dev.unhunch.core.history.HistoryStats;
import java.io.File;
import java.io.IOException;

/** What the statistics window needs from the app: the summary and a CSV export, no files itself. */
public interface StatsPort {

    /** Today, the last 7 and 30 days and the streak, as of now. */
    HistoryStats.Summary summary() throws IOException;

    /** Writes the last 30 days, one row per day, as CSV to a file the user chose. */
    void exportCsv(File file) throws IOException;
}
