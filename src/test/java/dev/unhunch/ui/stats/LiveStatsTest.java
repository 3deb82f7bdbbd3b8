package dev.unhunch.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.history.HistoryStats;
import dev.unhunch.testsupport.Waits;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** When the open statistics window re-reads the history, with a fake port; needs no display. */
@Timeout(30)
class LiveStatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    /** Counts reads; its summaries carry the number of the read as today's offered breaks. */
    private static final class FakePort implements StatsPort {
        final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        volatile LocalDate today = DAY;

        @Override
        public HistoryStats.Summary summary() {
            reads.incrementAndGet();
            return HistoryStats.summary(List.of(), ZoneOffset.UTC, today);
        }

        @Override
        public void exportCsv(File file) {
        }

        @Override
        public LocalDate today() {
            return today;
        }

        @Override
        public void addChangeListener(Runnable listener) {
            listeners.add(listener);
        }

        @Override
        public void removeChangeListener(Runnable listener) {
            listeners.remove(listener);
        }

        void recordAdded() {
            listeners.forEach(Runnable::run);
        }
    }

    private final FakePort port = new FakePort();
    private final List<HistoryStats.Summary> rendered = new CopyOnWriteArrayList<>();

    private LiveStats started(int dayCheckMs) throws Exception {
        LiveStats live = onEdt(() -> new LiveStats(port, DAY, rendered::add, dayCheckMs));
        SwingUtilities.invokeAndWait(live::start);
        return live;
    }

    @Test
    void aBurstOfRecordsIsReadAtOnceAndThenOnceMoreAfterTheGap() throws Exception {
        LiveStats live = started(LiveStats.DAY_CHECK_MS);
        assertThat(port.reads).hasValue(0); // same day: the summary on screen is current
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            port.recordAdded(); // e.g. offered, started, completed in a row from the engine thread
        }
        Waits.until("the burst rendered at once and once more after the gap", 10_000, () -> rendered.size() == 2);
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(LiveStats.MIN_GAP_MS - 50);
        Thread.sleep(LiveStats.MIN_GAP_MS + 300);
        assertThat(port.reads).hasValue(2);
        SwingUtilities.invokeAndWait(live::stop);
    }

    @Test
    void aNewDayIsNoticedWithoutARecord() throws Exception {
        LiveStats live = started(50);
        port.today = DAY.plusDays(1);
        Waits.until("the new day rendered", 10_000, () -> !rendered.isEmpty());
        assertThat(rendered.get(0).today().date()).isEqualTo(DAY.plusDays(1));
        Thread.sleep(300);
        assertThat(port.reads).as("the new day is read once").hasValue(1);
        SwingUtilities.invokeAndWait(live::stop);
    }

    @Test
    void aHiddenWindowListensToNothingAndRunsNoTimer() throws Exception {
        LiveStats live = started(50);
        assertThat(port.listeners).hasSize(1);
        assertThat(onEdt(live::active)).isTrue();
        SwingUtilities.invokeAndWait(live::stop);
        assertThat(port.listeners).isEmpty();
        assertThat(onEdt(live::active)).isFalse();
        port.today = DAY.plusDays(1);
        Thread.sleep(300);
        assertThat(port.reads).hasValue(0);
        assertThat(rendered).isEmpty();
    }

    @Test
    void aReadThatEndsAfterTheWindowClosedIsDropped() throws Exception {
        LiveStats live = started(LiveStats.DAY_CHECK_MS);
        SwingUtilities.invokeAndWait(() -> {
            port.recordAdded(); // queues the refresh on the EDT behind this block
            live.stop();
        });
        Thread.sleep(300);
        SwingUtilities.invokeAndWait(() -> { }); // let anything queued run
        assertThat(rendered).isEmpty();
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> work) throws Exception {
        Object[] out = new Object[1];
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                out[0] = work.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T result = (T) out[0];
        return result;
    }
}
