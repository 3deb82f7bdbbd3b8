package dev.unhunch.app;

import dev.unhunch.core.AppInfo;
import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.ui.breakwindow.BreakWindow;
import dev.unhunch.ui.session.SwingBreakUi;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.breaks.PauseRequest;
import dev.unhunch.core.breaks.StatusText;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.core.time.DurationText;
import dev.unhunch.platform.Diagnostics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.SwingUtilities;

/**
 * What the command line can ask of the running app: break commands go to the engine on its
 * thread (bounded wait, through {@link BreakRuntime}); windows open on the EDT; quit replies
 * first. {@code stats} answers from the history journal; the settings window does not exist yet
 * and is refused with that reason.
 */
public final class RunningAppControl implements AppControl {

    private static final String STARTING = "Unhunch is still starting; try again in a moment";

    private final UnhunchApp app;
    private final Path runtimeDir;
    private final ZoneId zone;
    private final long startedNanos = System.nanoTime();

    public RunningAppControl(UnhunchApp app, Path runtimeDir, ZoneId zone) {
        this.app = app;
        this.runtimeDir = runtimeDir;
        this.zone = zone;
    }

    @Override
    public ControlResult status() {
        long pid = ProcessHandle.current().pid();
        Duration up = Duration.ofSeconds(Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("running", true);
        data.put("pid", pid);
        data.put("version", AppInfo.version());
        data.put("uptimeSeconds", up.toSeconds());
        data.put("tray", app.trayKind());
        BreakRuntime runtime = app.runtime();
        EngineSnapshot snapshot = null;
        if (runtime != null) {
            try {
                snapshot = runtime.query(BreakEngine::snapshot);
            } catch (IllegalStateException e) {
                snapshot = runtime.lastSnapshot(); // the engine is busy: the last beat's view
            }
        }
        String breaks = snapshot == null ? "starting" : StatusText.format(snapshot, zone);
        data.put("breaks", breaks);
        if (snapshot != null) {
            data.putAll(StatusData.of(snapshot, zone));
        }
        SwingBreakUi breakUi = app.breakUi();
        BreakWindow.Shown shown = breakUi == null ? null : breakUi.shownBreak();
        if (shown != null) {
            data.put("breakWindow", shownData(shown));
        }
        return ControlResult.ok(String.format("%s %s is running (PID %d, up %s): %s.", AppInfo.NAME,
                AppInfo.version(), pid, DurationText.format(up), breaks), data);
    }

    @Override
    public ControlResult follow() {
        BreakRuntime runtime = app.runtime();
        EngineSnapshot snapshot = null;
        if (runtime != null) {
            try {
                snapshot = runtime.query(BreakEngine::snapshot);
            } catch (IllegalStateException e) {
                snapshot = runtime.lastSnapshot(); // the engine is busy: the last beat's view
            }
        }
        if (snapshot == null) {
            return ControlResult.ok("starting", Map.of("running", true, "breaks", "starting"));
        }
        return ControlResult.ok(StatusFeed.line(snapshot, zone), StatusFeed.data(snapshot, zone));
    }

    /** What the break window shows, as {@code status --json} reports it (docs/cli.md). */
    private static Map<String, Object> shownData(BreakWindow.Shown shown) {
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("title", shown.title());
        window.put("step", shown.step());
        window.put("side", shown.side());
        window.put("action", shown.action());
        window.put("left", shown.left());
        window.put("elapsedMillis", shown.elapsedMillis());
        window.put("status", shown.status());
        window.put("buttons", shown.buttons());
        return window;
    }

    @Override
    public ControlResult breakNow(Optional<BreakKind> kind) {
        return engine(e -> kind.map(e::breakNow).orElseGet(e::takeNow));
    }

    @Override
    public ControlResult stretchNow() {
        // The same quick chair stretch as the tray's "Stretch now": one seated stretch, for as long as it takes.
        SwingBreakUi breakUi = app.breakUi();
        if (breakUi == null) {
            return ControlResult.refused(STARTING);
        }
        return toControlResult(breakUi.stretchNow());
    }

    @Override
    public ControlResult snooze(Optional<Duration> duration) {
        return engine(e -> duration.map(e::snooze).orElseGet(e::snooze));
    }

    @Override
    public ControlResult skip() {
        return engine(BreakEngine::skip);
    }

    @Override
    public ControlResult pause(PauseRequest request) {
        return engine(e -> e.pause(request));
    }

    @Override
    public ControlResult resume() {
        return engine(BreakEngine::resume);
    }

    @Override
    public ControlResult showSettings() {
        Path file = app.settingsFile();
        if (file == null || !app.showSettings()) {
            return ControlResult.refused(STARTING);
        }
        return ControlResult.ok("Opened the preferences (the file behind them: " + file + ").",
                Map.of("settingsFile", file.toString()));
    }

    @Override
    public ControlResult showStats() {
        HistoryStore history = app.history();
        if (history == null) {
            return ControlResult.refused(STARTING);
        }
        // Printed by the CLI, and shown as charts in the statistics window.
        app.showStats();
        return StatsData.of(history, zone, LocalDate.now(zone));
    }

    @Override
    public ControlResult showStatus() {
        SwingUtilities.invokeLater(app::showStatusWindow);
        return ControlResult.ok("Unhunch is already running; its About window now shows what it is doing (your keyboard focus stays where it is).",
                Map.of("pid", ProcessHandle.current().pid()));
    }

    @Override
    public ControlResult diagnose() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("running", true);
        data.putAll(Diagnostics.local(runtimeDir));
        data.put("pid", ProcessHandle.current().pid());
        data.put("version", AppInfo.version());
        data.put("tray", app.trayKind());
        BreakRuntime runtime = app.runtime();
        if (runtime == null) {
            data.put("idleSource", "not open yet (starting)");
            data.put("idleTime", "unknown (starting)");
        } else {
            try {
                data.putAll(runtime.idleFacts());
            } catch (IllegalStateException e) {
                data.put("idleTime", "unknown (" + e.getMessage() + ")");
            }
            data.put("interruptionChecks", runtime.interruptionChecks());
        }
        return ControlResult.ok("Diagnostics from the running Unhunch (PID " + ProcessHandle.current().pid() + ").", data);
    }

    @Override
    public ControlResult quit() {
        return ControlResult.ok("Quitting Unhunch.").then(() -> {
            // the reply is the user's promise that the process ends: a halt stands behind the
            // clean quit, should the event thread be stuck or the app still be starting
            AppExit.armHalt(0);
            SwingUtilities.invokeLater(app::quit);
        });
    }

    /** Runs a command on the engine thread; a refusal keeps the engine's reason. */
    private ControlResult engine(Function<BreakEngine, CommandResult> command) {
        BreakRuntime runtime = app.runtime();
        if (runtime == null) {
            return ControlResult.refused(STARTING);
        }
        CommandResult result;
        try {
            result = runtime.command(command);
        } catch (IllegalStateException e) {
            return ControlResult.refused(e.getMessage());
        }
        return toControlResult(result);
    }

    private static ControlResult toControlResult(CommandResult result) {
        return result.accepted() ? ControlResult.ok(UnhunchApp.capitalize(result.message()) + ".")
                : ControlResult.refused(result.message());
    }
}
