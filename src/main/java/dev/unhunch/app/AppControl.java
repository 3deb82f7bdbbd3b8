package dev.unhunch.app;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.PauseRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the command line (through the local socket) can ask the running app to do. Methods
 * are called on the IPC thread, one at a time; an implementation hops to the engine or the EDT
 * itself and must answer within a few seconds. None of them throws for an ordinary "no": they
 * return {@link ControlResult#refused(String)} with a reason a person can act on.
 */
public interface AppControl {

    /** The state of the timers and the app, for {@code unhunch status}. */
    ControlResult status();

    /**
     * The first line of {@code unhunch status --follow}: the short status line and the status
     * fields; the later lines come from {@link StatusFeed}.
     */
    ControlResult follow();

    /** Starts a break now; empty means the one due next. */
    ControlResult breakNow(Optional<BreakKind> kind);

    /** Starts a quick chair stretch now, outside the break schedule. */
    ControlResult stretchNow();

    /** Postpones the coming or current break; empty means the configured snooze time. */
    ControlResult snooze(Optional<Duration> duration);

    /** Skips the coming or current break. */
    ControlResult skip();

    /** Stops offering breaks for a while. */
    ControlResult pause(PauseRequest request);

    /** Ends a pause. */
    ControlResult resume();

    /** Opens the settings window. */
    ControlResult showSettings();

    /** The break statistics as data (and the statistics window, once there is one). */
    ControlResult showStats();

    /** Brings the status window forward (what a second {@code unhunch} does). */
    ControlResult showStatus();

    /** OS, session, idle source, idle time and tray as the running app sees them. */
    ControlResult diagnose();

    /** Quits; {@link ControlResult#afterReply()} does the quitting so the client gets its answer. */
    ControlResult quit();
}
