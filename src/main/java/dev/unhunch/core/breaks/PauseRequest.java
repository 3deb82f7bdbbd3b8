package dev.unhunch.core.breaks;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to pause breaks: for a duration (30 min, 1 h, 2 h), until tomorrow at the configured
 * hour, or until resumed.
 */
public sealed interface PauseRequest {

    /**
     * The longest timed pause or snooze: a year (365 days, {@code 8760h}). Longer is a typing
     * slip, not a plan ({@code indefinitely} is there for that), and would overflow the engine's
     * nanosecond timeline.
     */
    Duration LONGEST = Duration.ofDays(365);

    /** Pause for a span of elapsed time (sleep included), at most {@link #LONGEST}. */
    record For(Duration duration) implements PauseRequest {
        public For {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a pause must be longer than zero, was " + duration);
            }
            if (duration.compareTo(LONGEST) > 0) {
                throw new IllegalArgumentException(tooLong(duration));
            }
        }
    }

    /** Why a duration is too long for a pause or a snooze, for a person. */
    static String tooLong(Duration duration) {
        return "'" + dev.unhunch.core.time.DurationText.format(duration) + "' is longer than a year; the longest is "
                + dev.unhunch.core.time.DurationText.format(LONGEST)
                + " (to pause until you resume, use 'indefinitely')";
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
