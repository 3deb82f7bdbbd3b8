package dev.unhunch.app;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long {@code unhunch pause} stops breaks: for a duration, until the start of tomorrow (in
 * the user's zone; the engine decides what "tomorrow" means with its clock), or until resumed.
 */
public record PauseRequest(Mode mode, Optional<Duration> duration) {

    /** The three kinds of pause. */
    public enum Mode { FOR_DURATION, UNTIL_TOMORROW, INDEFINITELY }

    public PauseRequest {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(duration, "duration");
        if ((mode == Mode.FOR_DURATION) != duration.isPresent()) {
            throw new IllegalArgumentException("a duration goes with FOR_DURATION and only with it");
        }
        if (duration.isPresent() && (duration.get().isNegative() || duration.get().isZero())) {
            throw new IllegalArgumentException("a pause must last longer than 0");
        }
    }

    public static PauseRequest forDuration(Duration duration) {
        return new PauseRequest(Mode.FOR_DURATION, Optional.of(duration));
    }

    public static PauseRequest untilTomorrow() {
        return new PauseRequest(Mode.UNTIL_TOMORROW, Optional.empty());
    }

    public static PauseRequest indefinitely() {
        return new PauseRequest(Mode.INDEFINITELY, Optional.empty());
    }
}
