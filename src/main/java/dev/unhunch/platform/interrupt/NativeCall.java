package dev.unhunch.platform.interrupt;

import dev.unhunch.platform.interrupt.InterruptionCheck.CheckFailedException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one native question (a registry read, a shell or CoreAudio call) within a time bound, as
 * {@link BoundedCommand} does for a tool: the call runs on a short-lived daemon thread, {@value
 * #THREAD}, and the check fails when it has not answered in time. A native call cannot be
 * stopped, so a call that hangs is left behind on its daemon thread; the checker thread goes on.
 */
final class NativeCall {

    /** The thread's name (docs/architecture.md, "Threads"). */
    static final String THREAD = "unhunch-interrupt-native";

    /** One native question that may fail. */
    @FunctionalInterface
    interface Question<T> {
        T ask() throws Exception;
    }

    private NativeCall() {
    }

    /** The answer of {@code question}, or a failed check when it throws or takes longer than {@code timeout}. */
    static <T> T within(Duration timeout, String what, Question<T> question) throws CheckFailedException {
        FutureTask<T> task = new FutureTask<>(question::ask);
        Thread thread = new Thread(task, THREAD);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CheckFailedException(what + " did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CheckFailedException failed) {
                throw failed;
            }
            throw new CheckFailedException(what + ": " + cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckFailedException(what + " interrupted");
        }
    }
}
