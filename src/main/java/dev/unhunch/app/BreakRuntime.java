package dev.unhunch.app;

import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.BreakListener;
import dev.unhunch.core.breaks.BreakUi;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.Ticker;
import dev.unhunch.platform.InotifyFileWatch;
import dev.unhunch.platform.idle.Environment;
import dev.unhunch.platform.idle.FailoverIdleSource;
import dev.unhunch.platform.idle.IdleDiagnostics;
import dev.unhunch.platform.idle.IdleSourceCandidate;
import dev.unhunch.platform.idle.IdleSources;
import dev.unhunch.platform.idle.SleepSignal;
import dev.unhunch.platform.idle.SleepSignals;
import dev.unhunch.platform.idle.X11IdleAlarm;
import dev.unhunch.storage.FileWatchStarter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The running break machinery: the best idle source for this desktop, the engine, the heartbeat
 * that ticks it, and the OS sleep signal that wakes the heartbeat after a resume. Everything the
 * tray, the windows and the command line ask of the engine goes through {@link #command}.
 */
public final class BreakRuntime implements AutoCloseable {

    private static final Log LOG = Log.of(BreakRuntime.class);
    private static final long COMMAND_TIMEOUT_MS = 3000;

    private final Environment environment;
    private final FailoverIdleSource idleSource;
    private final BreakEngine engine;
    private final Heartbeat heartbeat;
    private final SleepSignal sleepSignal;
    private final FileWatchStarter fileWatchStarter;
    /** The waiter when the engine thread sleeps in poll() (X11 alarms), else null. */
    private final X11AlarmWaiter pollWaiter;
    private volatile EngineSnapshot lastSnapshot;

    public BreakRuntime(Settings settings, BreakUi ui, List<BreakListener> listeners) {
        this.environment = Environment.current();
        this.idleSource = IdleSources.best(environment);
        LOG.info(() -> "Idle source: " + idleSource.describe());
        this.engine = new BreakEngine(Ticker.system(), Clock.systemDefaultZone(), settings, ui,
                listeners.toArray(BreakListener[]::new));
        BeatWaiter waiter = waiterFor(environment, idleSource);
        this.heartbeat = new Heartbeat(engine, idleSource, waiter);
        this.pollWaiter = waiter instanceof X11AlarmWaiter alarmWaiter ? alarmWaiter : null;
        this.fileWatchStarter = pollWaiter != null && InotifyFileWatch.available()
                ? new EngineFileWatches(pollWaiter, FileWatchStarter.jdk())
                : FileWatchStarter.jdk();
        LOG.info(() -> "Heartbeat: " + heartbeat.waitDescription());
        heartbeat.addListener(snapshot -> lastSnapshot = snapshot);
        // After a resume the wall clock has jumped; beat at once so the engine counts the gap as rest.
        this.sleepSignal = SleepSignals.open(environment, goingToSleep -> {
            if (!goingToSleep) {
                heartbeat.wake();
            }
        });
    }

    /**
     * On X11 with the XScreenSaver source, the engine thread sleeps until SYNC alarms report input
     * or idleness; everywhere else it polls.
     */
    private static BeatWaiter waiterFor(Environment env, FailoverIdleSource source) {
        if (env.session() == Environment.Session.X11
                && source.currentKind().equals(Optional.of(IdleSourceCandidate.Kind.X11_SCREENSAVER))) {
            try {
                return new X11AlarmWaiter(X11IdleAlarm.open());
            } catch (IdleSourceUnavailableException | UnsatisfiedLinkError e) {
                LOG.info(() -> "No X11 idle alarms (" + e.getMessage() + "); polling the idle time");
            }
        }
        return new SleepingWaiter();
    }

    /**
     * How to watch a file such as the settings: on the engine thread where it sleeps in
     * {@code poll()} (X11 alarms on Linux), with no thread of its own, and otherwise with the JDK's
     * watcher thread. Callbacks may run on the engine thread: they must not wait for it.
     */
    public FileWatchStarter fileWatchStarter() {
        return fileWatchStarter;
    }

    /** Starts ticking, on the engine's own thread. */
    public void start() {
        heartbeat.start();
    }

    /**
     * Ticks on the calling thread until {@link #close()}; see {@link Heartbeat#runHere()}. Call
     * instead of {@link #start()}.
     */
    public void runHere() {
        heartbeat.runHere();
    }

    /**
     * Serves a descriptor on the engine thread, in the {@code poll()} it sleeps in between beats
     * (X11 alarms): {@code onReadable} runs there whenever {@code fd} is readable and must not wait
     * for the engine. {@code onLost} runs if the engine has to fall back to polling the idle time.
     *
     * @return what stops serving it (close it before closing {@code fd}), or empty, and nothing
     *     served, when the engine does not sleep in {@code poll()}
     */
    public Optional<X11IdleAlarm.Reader> serveOnEngineThread(int fd, Runnable onReadable, Runnable onLost) {
        if (pollWaiter == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(pollWaiter.serve(fd, onReadable, onLost));
        } catch (IllegalStateException e) {
            return Optional.empty(); // closed or abandoned meanwhile
        }
    }

    /** Whether {@link #close()} was called: the engine's loop ending is then expected. */
    public boolean isClosing() {
        return heartbeat.isClosing();
    }

    /** The engine, for adapters that carry out commands on {@link #engineThread()}. */
    public BreakEngine engine() {
        return engine;
    }

    /** Runs tasks on the engine thread (followed by a beat). */
    public java.util.concurrent.Executor engineThread() {
        return task -> heartbeat.submit(e -> {
            task.run();
            return null;
        });
    }

    /** Receives every snapshot, on the engine thread. */
    public void onSnapshot(Consumer<EngineSnapshot> listener) {
        heartbeat.addListener(listener);
    }

    /** The snapshot of the last beat, or null before the first one. */
    public EngineSnapshot lastSnapshot() {
        return lastSnapshot;
    }

    /** Runs an engine command on the engine thread and waits (bounded) for its answer. */
    public CommandResult command(Function<BreakEngine, CommandResult> command) {
        return await(heartbeat.submit(command));
    }

    /** Reads something from the engine on its thread, e.g. a fresh snapshot. */
    public <T> T query(Function<BreakEngine, T> query) {
        return await(heartbeat.submit(query));
    }

    /** Applies new settings live. */
    public void updateSettings(Settings settings) {
        heartbeat.submit(e -> {
            e.updateSettings(settings);
            return null;
        });
    }

    /** What --diagnose and About show about activity detection. */
    public List<String> diagnostics() {
        List<String> lines = new ArrayList<>(IdleDiagnostics.lines(environment, idleSource, sleepSignal));
        lines.add("Heartbeat: " + heartbeat.waitDescription());
        return lines;
    }

    /** The idle source in use, for diagnostics; safe to ask from any thread. */
    public FailoverIdleSource idleSource() {
        return idleSource;
    }

    /** A short name of the idle source in use. */
    public String idleSourceName() {
        return idleSource.describe();
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(COMMAND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the engine", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the engine failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the engine did not answer within " + COMMAND_TIMEOUT_MS + " ms", e);
        }
    }

    @Override
    public void close() {
        sleepSignal.close();
        heartbeat.close();
    }
}
