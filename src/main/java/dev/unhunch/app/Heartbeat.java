package dev.unhunch.app;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.breaks.TickPlan;
import dev.unhunch.core.log.Log;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one engine thread. Each beat reads the idle source, ticks the engine once, tells listeners
 * the new snapshot, and then waits as the engine's {@link TickPlan} allows: with an idle source
 * that can wake it (X11 SYNC alarms) until input, idleness or the next due moment — about twice a
 * minute on an idle desktop — and otherwise for the plan's polling interval.
 *
 * <p>The engine is not thread-safe: every command from the tray, the windows or the command line
 * goes through {@link #submit} and runs on this thread, after a tick that brings the engine up to
 * date (it may not have ticked for half a minute) and before a beat that shows its effect.
 */
public final class Heartbeat implements AutoCloseable {

    private static final Log LOG = Log.of(Heartbeat.class);
    private static final long CLOSE_WAIT_MS = 200;
    private static final TickPlan AFTER_FAILURE =
            new TickPlan(BreakEngine.MAX_TICK, BreakEngine.MAX_TICK, TickPlan.Watch.NOTHING, Duration.ZERO);

    private final BreakEngine engine;
    private final IdleSource idleSource;
    /** The engine thread: its own, or the one that called {@link #runHere()}; null until then. */
    private volatile Thread thread;
    private final Queue<Command<?>> commands = new ConcurrentLinkedQueue<>();
    private final List<Consumer<EngineSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile BeatWaiter waiter;
    /** What waits after the waiter failed: polling, unless the owner knows better. */
    private volatile java.util.function.Supplier<BeatWaiter> afterWaiterFailure = SleepingWaiter::new;
    private volatile boolean closing;
    private volatile Runnable onFailure = () -> { };
    private volatile long beats;
    private boolean idleSourceFailed;
    private Duration lastIdle = Duration.ZERO;

    /** A heartbeat that polls the idle source. */
    public Heartbeat(BreakEngine engine, IdleSource idleSource) {
        this(engine, idleSource, new SleepingWaiter());
    }

    Heartbeat(BreakEngine engine, IdleSource idleSource, BeatWaiter waiter) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.idleSource = Objects.requireNonNull(idleSource, "idleSource");
        this.waiter = Objects.requireNonNull(waiter, "waiter");
    }

    /**
     * What waits once the waiter fails (called on the engine thread): by default polling; the
     * runtime offers the alarms of the idle source the failover moved to, if it has any.
     */
    void afterWaiterFailure(java.util.function.Supplier<BeatWaiter> replacement) {
        afterWaiterFailure = Objects.requireNonNull(replacement, "replacement");
    }

    /** Receives the engine's snapshot after every beat, on the engine thread. */
    public void addListener(Consumer<EngineSnapshot> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /**
     * What to do should the beating end before {@link #close()} (an {@link Error} on the engine
     * thread): the reminders have stopped, so the app must not carry on as if they had not.
     */
    public void onFailure(Runnable action) {
        onFailure = Objects.requireNonNull(action, "action");
    }

    /** Starts beating now, on a thread of its own. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already beating");
        }
        if (closing) {
            return;
        }
        Thread own = new Thread(this::run, "unhunch-engine");
        own.setDaemon(true);
        thread = own;
        own.start();
    }

    /**
     * Beats on the calling thread until {@link #close()}: the app's main thread, which would
     * otherwise only wait all day, becomes the engine thread.
     */
    public void runHere() {
        synchronized (this) {
            if (thread != null) {
                throw new IllegalStateException("already beating");
            }
            if (closing) {
                return;
            }
            thread = Thread.currentThread();
        }
        run();
    }

    /** Beats as soon as possible, e.g. after the machine woke up or settings changed. */
    public void wake() {
        waiter.wakeUp();
    }

    /** Runs a command on the engine thread, then beats so that its effect shows at once. */
    public <T> CompletableFuture<T> submit(Function<BreakEngine, T> command) {
        Command<T> pending = new Command<>(Objects.requireNonNull(command, "command"));
        commands.add(pending);
        if (closing && commands.remove(pending)) {
            pending.cancel();
        }
        waiter.wakeUp();
        return pending.result;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosing() {
        return closing;
    }

    /** How many beats ran so far (for diagnostics and the idle-cost benchmark). */
    public long beats() {
        return beats;
    }

    /** How the engine thread waits between beats, for --diagnose and About. */
    public String waitDescription() {
        return waiter.describe();
    }

    private void run() {
        try {
            BeatWaiter.Wake wake = BeatWaiter.Wake.TIMEOUT;
            while (!closing) {
                runCommands();
                TickPlan plan = beat(wake == BeatWaiter.Wake.INPUT);
                wake = await(plan);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.error("The engine stopped", e);
        } finally {
            failPendingCommands();
            waiter.close();
            idleSource.close();
            if (!closing) {
                onFailure.run();
            }
        }
    }

    private void runCommands() {
        if (commands.isEmpty()) {
            return;
        }
        try {
            engine.tick(readIdle());
        } catch (RuntimeException e) {
            LOG.error("Engine tick before a command failed", e);
        }
        Command<?> command;
        while ((command = commands.poll()) != null) {
            command.run(engine);
        }
    }

    private TickPlan beat(boolean onInput) {
        try {
            Duration idle = readIdle();
            if (onInput) {
                engine.tickOnInput(idle);
            } else {
                engine.tick(idle);
            }
            beats++;
            EngineSnapshot snapshot = engine.snapshot();
            for (Consumer<EngineSnapshot> listener : listeners) {
                try {
                    listener.accept(snapshot);
                } catch (RuntimeException e) {
                    // the tray or the history failing must not slow the engine's own timing
                    LOG.warn("A snapshot listener failed", e);
                }
            }
            return engine.tickPlan();
        } catch (RuntimeException e) {
            // One bad beat must not stop the reminders for the rest of the day.
            LOG.error("Engine tick failed; trying again in " + AFTER_FAILURE.deadline().toSeconds() + " s", e);
            return AFTER_FAILURE;
        }
    }

    private BeatWaiter.Wake await(TickPlan plan) throws InterruptedException {
        if (!commands.isEmpty() || closing) {
            return BeatWaiter.Wake.WOKEN;
        }
        try {
            return waiter.await(plan, lastIdle);
        } catch (RuntimeException e) {
            // e.g. the X connection of the alarm was lost: polling still works
            LOG.warn("Waiting with " + waiter.describe() + " failed; switching to the next way of waiting", e);
            BeatWaiter broken = waiter;
            waiter = afterWaiterFailure.get();
            closeQuietly(broken);
            return BeatWaiter.Wake.TIMEOUT;
        }
    }

    private Duration readIdle() {
        try {
            Duration idle = idleSource.idleTime();
            idleSourceFailed = false;
            lastIdle = idle;
            return idle;
        } catch (IdleSourceUnavailableException e) {
            if (!idleSourceFailed) {
                LOG.warn("Idle time unavailable (" + e.getMessage() + "); counting this time as active");
                idleSourceFailed = true;
            }
            lastIdle = Duration.ZERO;
            return Duration.ZERO;
        }
    }

    private void failPendingCommands() {
        Command<?> command;
        while ((command = commands.poll()) != null) {
            command.cancel();
        }
    }

    /** A command waiting for the engine thread, and its caller's answer. */
    private static final class Command<T> {
        final Function<BreakEngine, T> action;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Command(Function<BreakEngine, T> action) {
            this.action = action;
        }

        void run(BreakEngine engine) {
            try {
                result.complete(action.apply(engine));
            } catch (RuntimeException e) {
                LOG.warn("Command failed on the engine thread", e);
                result.completeExceptionally(e);
            }
        }

        void cancel() {
            result.completeExceptionally(new IllegalStateException("the engine thread has stopped"));
        }
    }

    private static void closeQuietly(BeatWaiter waiter) {
        try {
            waiter.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing " + waiter.describe() + " failed", e);
        }
    }

    /** Stops the thread and releases the idle source; waits at most 200 ms for a running beat. */
    @Override
    public void close() {
        Thread engine;
        synchronized (this) { // with start(): a heartbeat closed before it beat never beats
            closing = true;
            engine = thread;
        }
        waiter.wakeUp();
        if (engine == null) {
            waiter.close();
            idleSource.close();
            return;
        }
        if (!engine.isAlive() || engine == Thread.currentThread()) {
            return;
        }
        try {
            engine.join(CLOSE_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
