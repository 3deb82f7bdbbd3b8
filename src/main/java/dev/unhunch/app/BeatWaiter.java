package dev.unhunch.app;

import dev.unhunch.core.breaks.TickPlan;
import java.time.Duration;

/**
 * How the engine thread waits between beats: asleep for the plan's polling interval, or until
 * the idle source reports what the plan watches for. Waits and {@link #close()} happen on the
 * engine thread; {@link #wakeUp()} comes from any thread.
 */
interface BeatWaiter extends AutoCloseable {

    /** Why a wait ended. */
    enum Wake {
        /** The time ran out, or the wait ended for a reason that does not matter to the beat. */
        TIMEOUT,
        /** The first input after idleness, just now: the beat can date it exactly. */
        INPUT,
        /** The idle time reached the plan's threshold. */
        IDLE,
        /** {@link #wakeUp()} was called (a command, a resume, shutting down). */
        WOKEN
    }

    /**
     * Waits as the plan says.
     *
     * @param plan the engine's plan after the last beat
     * @param idleAtBeat the idle time read at that beat, to notice input that came before the wait
     */
    Wake await(TickPlan plan, Duration idleAtBeat) throws InterruptedException;

    /** Ends the current or the next wait early. */
    void wakeUp();

    /** One line for --diagnose and About. */
    String describe();

    @Override
    void close();
}
