package dev.unhunch.testsupport;

import java.util.function.BooleanSupplier;

/** Polls a condition that an outside process (X server, tray host, child JVM) makes true. */
public final class Waits {

    private Waits() {
    }

    /** Waits up to {@code timeoutMs} for the condition; fails naming {@code what} otherwise. */
    public static void until(String what, long timeoutMs, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // the observed process may not be ready yet; keep polling until the deadline
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + what);
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
}
