package dev.unhunch.testsupport;

import java.util.function.BooleanSupplier;

/**
 * Polls a condition that an outside process (X server, tray host, child JVM) or another thread
 * makes true. A condition that throws a {@link RuntimeException} counts as not yet true; an
 * {@link AssertionError} from it (say, the process it waits for has died) ends the wait at once.
 */
public final class Waits {

    private static final long POLL_MS = 50;

    private Waits() {
    }

    /** Waits up to {@code timeoutMs} for the condition; fails naming {@code what} otherwise. */
    public static void until(String what, long timeoutMs, BooleanSupplier condition) {
        if (!poll(what, timeoutMs, condition)) {
            throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + what);
        }
    }

    /**
     * Waits up to {@code timeoutMs} for the condition and says whether it came true, for a caller
     * that tries again or words the failure itself.
     */
    public static boolean within(long timeoutMs, BooleanSupplier condition) {
        return poll("a condition", timeoutMs, condition);
    }

    /**
     * Waits until the X server shows the top-level window titled {@code title} (xwininfo: viewable).
     * Swing calls a window showing as soon as it asked for it to be mapped; a robot click before the
     * X server has mapped it lands on the window below, and the click is lost.
     */
    public static void untilViewable(String title, long timeoutMs) {
        until("the window '" + title + "' mapped by the X server", timeoutMs,
                () -> Tools.run("xwininfo", "-name", title).contains("IsViewable"));
    }

    private static boolean poll(String what, long timeoutMs, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // the observed process may not be ready yet; keep polling until the deadline
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
