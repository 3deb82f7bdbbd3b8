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
}
