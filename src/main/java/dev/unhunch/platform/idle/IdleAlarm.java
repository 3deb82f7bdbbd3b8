package dev.unhunch.platform.idle;

import dev.unhunch.core.activity.IdleSource;
import java.time.Duration;

/**
 * An idle source that can also wake a waiting thread when input comes or the idle time reaches
 * a threshold, so that the engine thread sleeps instead of polling: X11's SYNC alarms ({@link
 * X11IdleAlarm}) and Mutter's idle watches on Wayland. The waits run on one thread (the engine's);
 * {@link #wakeUp()} may come from any.
 */
public interface IdleAlarm extends IdleSource {

    /**
     * Blocks until the user has been idle for at least {@code threshold}, the timeout passes or
     * {@link #wakeUp()} is called; returns at once when already idle that long.
     *
     * @return true when the idle threshold was reached
     */
    boolean awaitIdle(Duration threshold, Duration timeout) throws InterruptedException;

    /**
     * Blocks until input resets the idle time, the timeout passes or {@link #wakeUp()} is called.
     *
     * @return true when activity was seen
     */
    boolean awaitActivity(Duration timeout) throws InterruptedException;

    /** Blocks until the timeout passes or {@link #wakeUp()} is called; returns false. */
    boolean sleep(Duration timeout) throws InterruptedException;

    /** Ends the current or the next wait early. */
    void wakeUp();

    /** How it waits, in one line for --diagnose and About. */
    String describeWaits();
}
