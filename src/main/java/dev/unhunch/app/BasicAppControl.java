package dev.unhunch.app;

import dev.unhunch.core.AppInfo;
import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.platform.Diagnostics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * The {@link AppControl} of the app as it is before the break engine exists: status, show,
 * diagnose and quit work; every break command answers "refused: not available yet".
 *
 * <p>Wiring the engine: replace the {@code NOT_AVAILABLE} methods below with calls to the
 * engine (on its thread, with a bounded wait), and add the engine's snapshot to {@link #status()}.
 */
public final class BasicAppControl implements AppControl {

    private final UnhunchApp app;
    private final Path runtimeDir;
    private final Supplier<? extends IdleSource> idleSource;
    private final long startedNanos = System.nanoTime();

    /**
     * @param idleSource the idle source the app uses (the heartbeat's, once there is one); asked
     *     only by {@link #diagnose()}, from the IPC thread
     */
    public BasicAppControl(UnhunchApp app, Path runtimeDir, Supplier<? extends IdleSource> idleSource) {
        this.app = app;
        this.runtimeDir = runtimeDir;
        this.idleSource = idleSource;
    }

    @Override
    public ControlResult status() {
        Duration up = Duration.ofNanos(System.nanoTime() - startedNanos);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("running", true);
        data.put("pid", ProcessHandle.current().pid());
        data.put("version", AppInfo.version());
        data.put("uptimeSeconds", up.toSeconds());
        data.put("tray", app.trayKind());
        data.put("breaks", "not available yet");
        return ControlResult.ok(String.format("%s %s is running (PID %d, up %s); breaks are not available yet.",
                AppInfo.NAME, AppInfo.version(), ProcessHandle.current().pid(),
                dev.unhunch.core.time.DurationText.format(Duration.ofSeconds(up.toSeconds()))), data);
    }

    @Override
    public ControlResult breakNow(Optional<BreakKind> kind) {
        return notYet();
    }

    @Override
    public ControlResult stretchNow() {
        return notYet();
    }

    @Override
    public ControlResult snooze(Optional<Duration> duration) {
        return notYet();
    }

    @Override
    public ControlResult skip() {
        return notYet();
    }

    @Override
    public ControlResult pause(PauseRequest request) {
        return notYet();
    }

    @Override
    public ControlResult resume() {
        return notYet();
    }

    @Override
    public ControlResult showSettings() {
        return notYet();
    }

    @Override
    public ControlResult showStats() {
        return notYet();
    }

    @Override
    public ControlResult showStatus() {
        SwingUtilities.invokeLater(app::showStatus);
        return ControlResult.ok("Unhunch is already running; showing its status window.",
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
        data.putAll(Diagnostics.idle(idleSource.get()));
        return ControlResult.ok("Diagnostics from the running Unhunch (PID " + ProcessHandle.current().pid() + ").", data);
    }

    @Override
    public ControlResult quit() {
        return ControlResult.ok("Quitting Unhunch.").then(() -> SwingUtilities.invokeLater(app::quit));
    }

    private static ControlResult notYet() {
        return ControlResult.refused(ControlResult.NOT_AVAILABLE);
    }
}
