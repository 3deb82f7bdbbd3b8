package dev.unhunch.app;

import dev.unhunch.core.log.Log;
import java.time.Duration;

/**
 * The one way the running app ends: {@link System#exit} (shutdown hooks remove the socket and
 * release the lock), watched by a timer that halts the process should the exit not finish, e.g.
 * because a thread it waits for is stuck in a native call. An acknowledged {@code unhunch quit}
 * therefore always ends the process, in whatever state the app is.
 */
final class AppExit {

    private static final Log LOG = Log.of(AppExit.class);
    /** Clean-up (tray, windows, shutdown hooks) takes 0.1–0.5 s; this is the most it gets. */
    static final Duration GRACE = Duration.ofSeconds(3);

    private AppExit() {
    }

    /** Arms the halt timer, then exits with {@code code}; any thread. Does not return. */
    static void exit(int code) {
        armHalt(code);
        System.exit(code);
    }

    /**
     * Halts the process with {@code code} after {@link #GRACE} unless it has ended by then. Call
     * before a clean-up that might not finish.
     */
    static void armHalt(int code) {
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(GRACE.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            LOG.warn("Exit did not finish within " + GRACE.toSeconds() + " s; halting");
            Runtime.getRuntime().halt(code);
        }, "unhunch-exit-timer");
        timer.setDaemon(true);
        timer.start();
    }
}
