package dev.unhunch.app;

import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.BreakListener;
import dev.unhunch.core.breaks.BreakUi;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.Ticker;
import dev.unhunch.platform.idle.Environment;
import dev.unhunch.platform.idle.FailoverIdleSource;
import dev.unhunch.platform.Diagnostics;
import dev.unhunch.platform.idle.IdleSources;
import dev.unhunch.platform.idle.SleepSignal;
import dev.unhunch.platform.idle.SleepSignals;
import dev.unhunch.platform.idle.IdleAlarm;
import dev.unhunch.platform.interrupt.InterruptionChecks;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
    private final InterruptionChecks interruptionChecks;
    private volatile EngineSnapshot lastSnapshot;
    /** The source whose alarms the heartbeat waits on (engine thread after the start). */
    private dev.unhunch.core.activity.IdleSource watched;

    public BreakRuntime(Settings settings, BreakUi ui, List<BreakListener> listeners) {
        this.environment = Environment.current();
        this.idleSource = IdleSources.best(environment);
        LOG.info(() -> "Idle source: " + idleSource.describe());
        this.engine = new BreakEngine(Ticker.system(), Clock.systemDefaultZone(), settings, ui,
                listeners.toArray(BreakListener[]::new));
        BeatWaiter waiter = waiterFor(idleSource);
        watched = idleSource.current();
        this.heartbeat = new Heartbeat(engine, idleSource, waiter);
        heartbeat.afterWaiterFailure(this::waiterAfterFailure);
        // "don't interrupt": asked off the engine thread when a break is due; the answer wakes the engine
        this.interruptionChecks = InterruptionChecks.forCurrentDesktop();
        interruptionChecks.onAnswer(heartbeat::wake);
        engine.useInterruptionProbe(interruptionChecks);
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
     * After a waiter failed: the alarms of the source the failover has moved to (Mutter gone →
     * XWayland's SYNC alarms), or polling when the source is still the one whose waits failed.
     */
    private BeatWaiter waiterAfterFailure() {
        dev.unhunch.core.activity.IdleSource now = idleSource.current();
        if (now != watched && now instanceof IdleAlarm) {
            watched = now;
            return waiterFor(idleSource);
        }
        return new SleepingWaiter();
    }

    /**
     * With an idle source that can raise alarms (X11 SYNC, Mutter's idle watches), the engine
     * thread sleeps until they report input or idleness; every other source is polled.
     */
    private static BeatWaiter waiterFor(FailoverIdleSource source) {
        return source.current() instanceof IdleAlarm alarm ? new IdleAlarmWaiter(alarm) : new SleepingWaiter();
    }

    /**
     * Starts ticking, on the engine's own thread; {@code onFailure} runs there should the engine
     * stop before {@link #close()}.
     */
    public void start(Runnable onFailure) {
        heartbeat.onFailure(onFailure);
        heartbeat.start();
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

    /**
     * What --diagnose shows about activity detection, read on the engine thread: the X11 idle
     * source's connection belongs to it (see {@link IdleAlarm}).
     */
    public Map<String, Object> idleFacts() {
        return query(e -> {
            Map<String, Object> facts = new java.util.LinkedHashMap<>(Diagnostics.idle(idleSource));
            facts.put("idleWait", heartbeat.waitDescription());
            return facts;
        });
    }

    /** For --diagnose: each "don't interrupt" check and whether it can answer here (runs tools, bounded). */
    public Map<String, String> interruptionChecks() {
        return interruptionChecks.availability();
    }

    /** A short name of the idle source in use. */
    public String idleSourceName() {
        return idleSource.describe();
    }

    /** The idle source in use, in parts About words in the user's language. */
    public dev.unhunch.platform.idle.FailoverIdleSource.Described idleSourceDescribed() {
        return idleSource.described();
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
