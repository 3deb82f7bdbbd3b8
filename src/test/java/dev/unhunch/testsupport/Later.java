package dev.unhunch.testsupport;

import java.util.concurrent.CompletableFuture;

/** Does something after a real delay, while the code under test is busy waiting for it. */
public final class Later {

    private Later() {
    }

    /** Runs {@code action} on a pool thread after {@code millis}; join the result to see its failure. */
    public static CompletableFuture<Void> later(long millis, Runnable action) {
        return CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            action.run();
        });
    }
}
