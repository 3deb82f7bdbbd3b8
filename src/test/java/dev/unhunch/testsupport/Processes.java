package dev.unhunch.testsupport;

import java.util.concurrent.TimeUnit;

/** Stops the processes a test started, by their handle (never by name). */
public final class Processes {

    private Processes() {
    }

    /** Asks the process to end, and kills it when it has not ended within five seconds. */
    public static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
