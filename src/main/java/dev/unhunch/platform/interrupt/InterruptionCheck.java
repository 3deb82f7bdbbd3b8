package dev.unhunch.platform.interrupt;

import dev.unhunch.core.breaks.Interruption;

/**
 * One "don't interrupt" check on this machine. Runs on a checker thread ({@link InterruptionChecks}),
 * never on the engine thread, and bounds its own time (a tool that hangs is stopped).
 */
interface InterruptionCheck {

    /** What this check finds. */
    Interruption kind();

    /** Whether the reason holds now. */
    boolean holds() throws CheckFailedException;

    /**
     * What --diagnose says about this check here: {@code available (how)} or {@code unavailable
     * (why)}. May run tools, each bounded.
     */
    String availability();

    /** A check that could not answer (a tool missing, hung, or answering nonsense). */
    final class CheckFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        CheckFailedException(String message) {
            super(message);
        }
    }
}
