package dev.unhunch.core.breaks;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to pause breaks: for a duration (30 min, 1 h, 2 h), until tomorrow at the configured
 * hour, or until resumed.
 */
public sealed interface PauseRequest {

    /** Pause for a span of elapsed time (sleep included). */
    record For(Duration duration) implements PauseRequest {
        public For {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a pause must be longer than zero, was " + duration);
            }
        }
    }

    /** Pause until the next day at {@code Settings.pauseUntilTomorrowAt}, local time. */
    record UntilTomorrow() implements PauseRequest {
    }

    /** Pause until the user resumes. */
    record Indefinitely() implements PauseRequest {
    }

    static PauseRequest of(Duration duration) {
        return new For(duration);
    }

    static PauseRequest untilTomorrow() {
        return new UntilTomorrow();
    }

    static PauseRequest indefinitely() {
        return new Indefinitely();
    }
}
