package dev.unhunch.platform.idle;

/**
 * A subscription to the operating system's "about to sleep / just woke" notice. The callback
 * given when opening it receives {@code true} just before the machine suspends and {@code false}
 * after it resumes, on a thread of the adapter's own: hand the work over to the engine thread.
 *
 * <p>Opening never fails: where no such notice exists the subscription is inert, {@link
 * #listening()} is false and {@link #describe()} says why.
 */
public interface SleepSignal extends AutoCloseable {

    /** Whether notices can arrive. */
    boolean listening();

    /** What this listens to, or why it does not, for diagnostics. */
    String describe();

    /** Stops listening; safe to call twice. */
    @Override
    void close();

    /** A subscription that never fires. */
    static SleepSignal none(String reason) {
        return new SleepSignal() {
            @Override
            public boolean listening() {
                return false;
            }

            @Override
            public String describe() {
                return "no sleep signal: " + reason;
            }

            @Override
            public void close() {
            }
        };
    }
}
