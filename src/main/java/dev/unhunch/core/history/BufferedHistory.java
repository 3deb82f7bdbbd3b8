package dev.unhunch.core.history;

import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A history store that does not lose records when the storage under it fails (disk full, a
 * read-only home, a directory where the journal file should be): a record that cannot be written
 * is kept in memory, in order, and written with the next record or at the next
 * {@link #retryIfDue retry} (the engine's ticks call it; no thread of its own). Reads include the
 * records still waiting, so the statistics stay true meanwhile.
 *
 * <p>At most {@link #CAPACITY} records wait; beyond that the oldest are dropped (and counted in the
 * log), which at a few dozen records a day is weeks of failure. The {@link Listener} hears once
 * when saving starts to fail and once when it works again; {@link #append} itself never throws for
 * a storage failure. Thread-safe.
 */
public final class BufferedHistory implements HistoryStore {

    /** How many records wait in memory at most. */
    public static final int CAPACITY = 2_000;
    /** How often a waiting record is tried again when no new record comes. */
    public static final Duration RETRY_EVERY = Duration.ofMinutes(1);

    private static final Log LOG = Log.of(BufferedHistory.class);

    /** Hears when the history cannot be saved, and when it can again. */
    public interface Listener {
        /** Saving failed; {@code reason} is the storage's message. Called once per spell of failures. */
        void cannotSave(String reason);

        /** The records that waited have all been written. */
        default void savedAgain(int written) {
        }
    }

    private final HistoryStore store;
    private final Listener listener;
    private final ArrayDeque<HistoryRecord> waiting = new ArrayDeque<>();
    private boolean failing;
    private long dropped;
    private Instant lastTry = Instant.MIN;

    public BufferedHistory(HistoryStore store, Listener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Writes the record after any that wait; keeps it waiting when the storage fails. Throws only
     * for what the record itself is (never for the storage).
     */
    @Override
    public synchronized void append(HistoryRecord record) {
        Objects.requireNonNull(record, "record");
        if (waiting.size() >= CAPACITY) {
            waiting.poll();
            if (dropped++ == 0) {
                LOG.warn("More than " + CAPACITY + " break records wait to be saved; the oldest are dropped");
            }
        }
        waiting.add(record);
        flush(record.time());
    }

    /**
     * Tries the waiting records again when the last try is {@link #RETRY_EVERY} ago; cheap when
     * none wait.
     *
     * @param now the time of the tick
     */
    public synchronized void retryIfDue(Instant now) {
        if (!waiting.isEmpty() && !now.isBefore(lastTry.plus(RETRY_EVERY))) {
            flush(now);
        }
    }

    /** How many records wait to be written. */
    public synchronized int waiting() {
        return waiting.size();
    }

    @Override
    public List<HistoryRecord> read(Instant from, Instant to) throws IOException {
        return readCounting(from, to).records();
    }

    @Override
    public HistoryRead readCounting(Instant from, Instant to) throws IOException {
        HistoryRead stored = store.readCounting(from, to);
        List<HistoryRecord> pending;
        synchronized (this) {
            pending = waiting.stream().filter(r -> !r.time().isBefore(from) && r.time().isBefore(to)).toList();
        }
        if (pending.isEmpty()) {
            return stored;
        }
        List<HistoryRecord> all = new ArrayList<>(stored.records());
        all.addAll(pending);
        all.sort(Comparator.comparing(HistoryRecord::time));
        return new HistoryRead(all, stored.unreadable());
    }

    private void flush(Instant now) {
        lastTry = now;
        int written = 0;
        while (!waiting.isEmpty()) {
            try {
                store.append(waiting.peek());
            } catch (IOException | RuntimeException e) {
                if (!failing) {
                    failing = true;
                    LOG.warn("Cannot save the break history (" + e.getMessage() + "); " + waiting.size()
                            + " record(s) kept in memory and tried again every " + RETRY_EVERY.toMinutes() + " min");
                    listener.cannotSave(String.valueOf(e.getMessage()));
                }
                return;
            }
            waiting.poll();
            written++;
        }
        if (failing) {
            failing = false;
            int n = written;
            LOG.info(() -> "The break history can be saved again; " + n + " waiting record(s) written");
            listener.savedAgain(written);
        }
    }
}
