package dev.unhunch.core.activity;

import java.time.Duration;

/**
 * Port through which the core learns how long the user has been away from keyboard and pointer.
 *
 * <p>Implementations live in {@code dev.unhunch.platform}; tests use a scripted one. Calls come
 * from the single engine thread.
 */
public interface IdleSource extends AutoCloseable {

    /**
     * Time since the last keyboard or pointer input.
     *
     * @throws IdleSourceUnavailableException when the source stopped working (for example the
     *     display connection was lost); the caller may switch to another source
     */
    Duration idleTime();

    /** A short human-readable name for About and diagnostics, such as "X11 SYNC IDLETIME on :0". */
    String name();

    /** False for degraded sources that only see the pointer, not the keyboard. */
    default boolean seesKeyboard() {
        return true;
    }

    /** Releases native resources; the default does nothing. */
    @Override
    default void close() {
    }
}
