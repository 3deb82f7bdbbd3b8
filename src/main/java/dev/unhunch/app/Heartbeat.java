package dev.unhunch.app;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.log.Log;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one engine thread. Each beat reads the idle source, ticks the engine once, tells listeners
 * the new snapshot, and then sleeps as long as the engine says it may ({@link
 * BreakEngine#suggestedNextTick()}: long when far from a break, short near one), so that an idle
 * desktop wakes this thread rarely.
 *
 * <p>The engine is not thread-safe: every command from the tray, the windows or the command line
 * goes through {@link #submit} and runs on this thread, followed by an immediate beat so the UI
 * reflects it at once.
 */
public final class Heartbeat implements AutoCloseable {

    private static final Log LOG = Log.of(Heartbeat.class);

    private final BreakEngine engine;
    private final IdleSource idleSource;
    private final ScheduledExecutorService thread;
    private final List<Consumer<EngineSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> nextBeat;
    private boolean idleSourceFailed;
    private long beats;

    public Heartbeat(BreakEngine engine, IdleSource idleSource) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.idleSource = Objects.requireNonNull(idleSource, "idleSource");
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "unhunch-engine");
            t.setDaemon(true);
            return t;
        });
    }

    /** Receives the engine's snapshot after every beat, on the engine thread. */
    public void addListener(Consumer<EngineSnapshot> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Starts beating now. */
    public void start() {
        thread.execute(this::beat);
    }

    /** Beats as soon as possible, e.g. after the machine woke up or settings changed. */
    public void wake() {
        thread.execute(this::beat);
    }

    /** Runs a command on the engine thread, then beats so that its effect shows at once. */
    public <T> CompletableFuture<T> submit(Function<BreakEngine, T> command) {
        CompletableFuture<T> result = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                result.complete(command.apply(engine));
            } catch (RuntimeException e) {
                LOG.warn("Command failed on the engine thread", e);
                result.completeExceptionally(e);
            }
            beat();
        });
        return result;
    }

    /** How many beats ran so far (for diagnostics and the idle-cost benchmark). */
    public long beats() {
        return beats;
    }

    private void beat() {
        if (nextBeat != null) {
            nextBeat.cancel(false);
        }
        Duration sleep = BreakEngine.MAX_TICK;
        try {
            engine.tick(readIdle());
            beats++;
            EngineSnapshot snapshot = engine.snapshot();
            for (Consumer<EngineSnapshot> listener : listeners) {
                listener.accept(snapshot);
            }
            sleep = engine.suggestedNextTick();
        } catch (RuntimeException e) {
            // One bad beat must not stop the reminders for the rest of the day.
            LOG.error("Engine tick failed; trying again in " + sleep.toSeconds() + " s", e);
        }
        if (!thread.isShutdown()) {
            nextBeat = thread.schedule(this::beat, Math.max(1, sleep.toMillis()), TimeUnit.MILLISECONDS);
        }
    }

    private Duration readIdle() {
        try {
            Duration idle = idleSource.idleTime();
            idleSourceFailed = false;
            return idle;
        } catch (IdleSourceUnavailableException e) {
            if (!idleSourceFailed) {
                LOG.warn("Idle time unavailable (" + e.getMessage() + "); counting this time as active");
                idleSourceFailed = true;
            }
            return Duration.ZERO;
        }
    }

    /** Stops the thread and releases the idle source; waits at most 200 ms for a running beat. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        idleSource.close();
    }
}
