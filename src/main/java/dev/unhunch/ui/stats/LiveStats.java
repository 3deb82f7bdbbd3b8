package dev.unhunch.ui.stats;

import dev.unhunch.core.history.HistoryStats;
import dev.unhunch.core.log.Log;
import java.awt.Window;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.Timer;

/**
 * Keeps the statistics window current while it is showing: a record added to the history, or a
 * new day (midnight passed, the machine woke up the next morning), re-reads the summary off the
 * EDT and hands it to the window. Records arriving together are read once, at most once per
 * {@link #MIN_GAP_MS}. While the window is hidden or closed nothing is registered and no timer
 * runs: the tray app costs nothing for a window nobody looks at.
 */
final class LiveStats {

    /** The shortest time between two reads of the history, however many records arrive. */
    static final int MIN_GAP_MS = 1000;
    /**
     * How often the date is compared while the window shows. A compare costs a clock read; a timer
     * aimed at midnight instead would fire late after a suspend and miss clock changes.
     */
    static final int DAY_CHECK_MS = 60_000;

    private static final Log LOG = Log.of(LiveStats.class);

    private final StatsPort port;
    private final Consumer<HistoryStats.Summary> render;
    private final Runnable changed = () -> SwingUtilities.invokeLater(this::refreshSoon);
    private final Timer gap;
    private final Timer dayCheck;
    private LocalDate shownDay;
    private long lastRead = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(MIN_GAP_MS);
    private boolean live;
    private boolean reading;
    private boolean readAgain;

    /**
     * @param shownDay the day the window shows as today now
     * @param render shows a summary; called on the EDT, only while live
     */
    LiveStats(StatsPort port, LocalDate shownDay, Consumer<HistoryStats.Summary> render, int dayCheckMs) {
        this.port = port;
        this.shownDay = shownDay;
        this.render = render;
        gap = new Timer(MIN_GAP_MS, e -> read());
        gap.setRepeats(false);
        dayCheck = new Timer(dayCheckMs, e -> checkDay());
    }

    /** Follows {@code window}: live while it shows, idle when it is hidden or disposed. */
    void follow(Window window) {
        // dispose() drops the window's queued COMPONENT_HIDDEN, so a closed window is seen by its WINDOW_CLOSED
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                stop();
            }
        });
        window.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentShown(ComponentEvent e) {
                start();
            }

            @Override
            public void componentHidden(ComponentEvent e) {
                stop();
            }
        });
        if (window.isShowing()) {
            start();
        }
    }

    /** Starts listening and checking the date; call on the EDT. */
    void start() {
        if (live) {
            return;
        }
        live = true;
        port.addChangeListener(changed);
        dayCheck.start();
        checkDay(); // a window shown again after a while may show yesterday
    }

    /** Stops everything; a read under way is dropped when it ends. Call on the EDT. */
    void stop() {
        live = false;
        port.removeChangeListener(changed);
        dayCheck.stop();
        gap.stop();
        readAgain = false;
    }

    /** Whether anything is registered or timed; false once the window is hidden. */
    boolean active() {
        return live || dayCheck.isRunning() || gap.isRunning();
    }

    private void checkDay() {
        if (live && !port.today().equals(shownDay)) {
            refreshSoon();
        }
    }

    /** Reads now, or when the gap since the last read is over; one read at a time. */
    private void refreshSoon() {
        if (!live) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        if (gap.isRunning()) {
            return; // already due, and it reads everything added since
        }
        long waitMs = MIN_GAP_MS - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastRead);
        if (waitMs <= 0) {
            read();
        } else {
            gap.setInitialDelay((int) waitMs);
            gap.start();
        }
    }

    private void read() {
        if (!live) {
            return;
        }
        reading = true;
        lastRead = System.nanoTime();
        new SwingWorker<HistoryStats.Summary, Void>() {
            @Override
            protected HistoryStats.Summary doInBackground() throws Exception {
                return port.summary();
            }

            @Override
            protected void done() {
                reading = false;
                try {
                    HistoryStats.Summary summary = get();
                    if (live) {
                        shownDay = summary.today().date();
                        render.accept(summary);
                    }
                } catch (ExecutionException e) {
                    // the numbers shown stay; the next record or the next day tries again
                    LOG.warn("Cannot refresh the statistics: " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (readAgain) {
                    readAgain = false;
                    refreshSoon();
                }
            }
        }.execute();
    }
}
