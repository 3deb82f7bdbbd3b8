package dev.unhunch.storage.history;

import dev.unhunch.core.history.DailyStats;
import dev.unhunch.core.history.HistoryStats;
import dev.unhunch.storage.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the daily rows as a CSV file the user chose (the statistics window's "Export"), whole
 * or not at all. The format is {@link HistoryStats#toCsv}.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /**
     * Writes {@code rows} to {@code target}, replacing it.
     *
     * @throws IOException with a message naming the file and the cause
     */
    public static void write(Path target, List<DailyStats> rows) throws IOException {
        AtomicFiles.write(target, HistoryStats.toCsv(rows).getBytes(StandardCharsets.UTF_8), null);
    }
}
