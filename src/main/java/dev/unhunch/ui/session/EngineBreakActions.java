package dev.unhunch.ui.session;

import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.log.Log;
import dev.unhunch.ui.breakwindow.BreakActions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * {@link BreakActions} carried out by a {@link BreakEngine} on its own thread. Each call hands the
 * command to the engine thread and waits briefly for its answer, so a window can show a refusal.
 * The engine answers in microseconds and only posts to the event dispatch thread, so waiting
 * cannot deadlock; never call these methods on the engine thread itself.
 */
public final class EngineBreakActions implements BreakActions {

    /** How long a window waits for the engine's answer. */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(2);
    private static final Log LOG = Log.of(EngineBreakActions.class);

    private final BreakEngine engine;
    private final Executor engineThread;

    /**
     * @param engine the engine
     * @param engineThread the single thread that ticks the engine
     */
    public EngineBreakActions(BreakEngine engine, Executor engineThread) {
        this.engine = engine;
        this.engineThread = engineThread;
    }

    @Override
    public CommandResult startNow() {
        return onEngine("start now", BreakEngine::takeNow);
    }

    @Override
    public CommandResult snooze() {
        return onEngine("snooze", BreakEngine::snooze);
    }

    @Override
    public CommandResult skip() {
        return onEngine("skip", BreakEngine::skip);
    }

    @Override
    public CommandResult done() {
        return onEngine("done", BreakEngine::finishBreak);
    }

    @Override
    public CommandResult endEarly() {
        return onEngine("end early", BreakEngine::endBreakEarly);
    }

    @Override
    public CommandResult stopStretching() {
        return onEngine("stop stretching", BreakEngine::stopStretching);
    }

    @Override
    public CommandResult restartRoutine(Duration routineLength) {
        return onEngine("restart routine", e -> e.restartRoutine(routineLength));
    }

    @Override
    public CommandResult stretchNow(Duration length) {
        return onEngine("stretch now", e -> e.breakNow(BreakKind.MICRO, length));
    }

    private CommandResult onEngine(String name, Function<BreakEngine, CommandResult> command) {
        try {
            return CompletableFuture.supplyAsync(() -> command.apply(engine), engineThread)
                    .get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn(name + ": the engine did not answer within " + ANSWER_TIMEOUT.toMillis() + " ms");
            return CommandResult.refused("the break timer is busy, please try again");
        } catch (ExecutionException e) {
            LOG.error(name + " failed", e.getCause());
            return CommandResult.refused("something went wrong; the details are in the log");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CommandResult.refused("interrupted");
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CommandResult.refused("Unhunch is shutting down");
        }
    }
}
