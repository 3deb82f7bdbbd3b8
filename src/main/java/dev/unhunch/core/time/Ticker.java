package dev.unhunch.core.time;

/**
 * A monotonic source of nanoseconds, used for every elapsed-time measurement in the core.
 *
 * <p>Only differences between two readings mean anything. Tests pass a fake ticker that they
 * advance by hand, so no test ever waits for real time to pass.
 */
@FunctionalInterface
public interface Ticker {

    /** Nanoseconds since an arbitrary fixed origin; never goes backwards. */
    long nanos();

    /** The JVM's monotonic clock ({@link System#nanoTime()}). */
    static Ticker system() {
        return System::nanoTime;
    }
}
