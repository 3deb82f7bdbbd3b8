package dev.unhunch.core.history;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Port to the break history; implemented in {@code dev.unhunch.storage.history}. */
public interface HistoryStore {

    /** Adds one record at the end; when this returns, the record is stored. */
    void append(HistoryRecord record) throws IOException;

    /**
     * The records with {@code from <= time < to}, oldest first. Damaged lines (such as a line cut
     * off by a crash) are skipped, never fatal.
     */
    List<HistoryRecord> read(Instant from, Instant to) throws IOException;

    /**
     * Like {@link #read}, also counting the records that could not be read (damaged lines,
     * values out of range, files whose name is not a month), so that the statistics can say so.
     * Bad content is never fatal; only the storage itself failing throws.
     */
    default HistoryRead readCounting(Instant from, Instant to) throws IOException {
        return HistoryRead.of(read(from, to));
    }
}
