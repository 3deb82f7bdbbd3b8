package dev.unhunch.ui.tray;

import dev.unhunch.core.log.Log;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Moves the app from the status window to the tray once a tray host appears. At login the app
 * may start before the panel that hosts tray icons; without this the stand-in window would stay
 * for the whole session. Looks often at first (a panel comes within seconds of the session) and
 * rarely after that (a panel started by hand later), so it costs next to nothing once settled;
 * it runs only while the status window stands in.
 */
public final class TrayHostWatch implements Runnable {

    /** How long after the start the host is looked for every {@link #EARLY_INTERVAL}. */
    static final Duration EARLY_PERIOD = Duration.ofMinutes(2);
    static final Duration EARLY_INTERVAL = Duration.ofSeconds(1);
    static final Duration LATE_INTERVAL = Duration.ofSeconds(15);
    /** Tries to open the tray while a host is there; a tray that will not open is not retried forever. */
    static final int MAX_OPEN_ATTEMPTS = 3;

    private static final Log LOG = Log.of(TrayHostWatch.class);

    /** Waits between two looks; the thread's sleep in the app, a recorder in tests. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final SwitchableTray tray;
    private final Supplier<Optional<Boolean>> hostPresent;
    private final Supplier<Optional<TrayPort>> openTray;
    private final Pause pause;

    /**
     * @param hostPresent whether a tray host runs now (empty when it cannot tell)
     * @param openTray opens the native tray, or empty when it does not come up
     */
    public TrayHostWatch(SwitchableTray tray, Supplier<Optional<Boolean>> hostPresent,
            Supplier<Optional<TrayPort>> openTray, Pause pause) {
        this.tray = Objects.requireNonNull(tray, "tray");
        this.hostPresent = Objects.requireNonNull(hostPresent, "hostPresent");
        this.openTray = Objects.requireNonNull(openTray, "openTray");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    /** Starts watching on a daemon thread that ends once the tray took over or the app quits. */
    public static void start(SwitchableTray tray, Supplier<Optional<Boolean>> hostPresent,
            Supplier<Optional<TrayPort>> openTray) {
        Thread thread = new Thread(new TrayHostWatch(tray, hostPresent, openTray, d -> Thread.sleep(d.toMillis())),
                "tray-host-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Looks for a host until the tray took over, the app quits, or the question cannot be asked. */
    @Override
    public void run() {
        long looks = 0;
        int failedOpens = 0;
        long earlyLooks = EARLY_PERIOD.toMillis() / EARLY_INTERVAL.toMillis();
        try {
            while (!tray.isShutDown()) {
                pause.pause(looks++ < earlyLooks ? EARLY_INTERVAL : LATE_INTERVAL);
                if (tray.isShutDown()) {
                    return;
                }
                Optional<Boolean> present = hostPresent.get();
                if (present.isEmpty()) {
                    LOG.info("Cannot look for a tray host any more; the status window stays");
                    return;
                }
                if (present.get()) {
                    if (takeOver()) {
                        return;
                    }
                    if (++failedOpens >= MAX_OPEN_ATTEMPTS) {
                        LOG.warn("A tray host runs but the tray did not open in " + failedOpens
                                + " tries; the status window stays");
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean takeOver() {
        Optional<TrayPort> opened;
        try {
            opened = openTray.get();
        } catch (RuntimeException e) {
            LOG.warn("A tray host appeared but the tray did not open; looking again later", e);
            return false;
        }
        if (opened.isEmpty()) {
            return false;
        }
        if (tray.switchTo(opened.get())) {
            LOG.info(() -> "A tray host appeared: the tray (" + opened.get().kind() + ") replaces the status window");
        }
        return true;
    }
}
