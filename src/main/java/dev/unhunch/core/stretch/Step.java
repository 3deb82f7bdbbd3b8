package dev.unhunch.core.stretch;

import java.util.Objects;
import java.util.Optional;

/**
 * One instruction of a stretch: a short sentence in imperative form and, unless it is a
 * {@link StepKind#SETUP} step, how long one pass of it lasts.
 *
 * @param text the instruction shown to the user
 * @param kind how the step is timed
 * @param hold seconds for one pass of the step, {@code null} for setup steps
 * @param betweenRepetitions the step only leads on to the next repetition (such as "shift the
 *     roller to a new spot"): it is done between repetitions, never after the last one
 */
public record Step(String text, StepKind kind, SecondsRange hold, boolean betweenRepetitions) {

    /** A step done in every repetition. */
    public Step(String text, StepKind kind, SecondsRange hold) {
        this(text, kind, hold, false);
    }

    public Step {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if ((kind == StepKind.SETUP) != (hold == null)) {
            throw new IllegalArgumentException("setup steps have no hold, timed steps need one");
        }
        if (betweenRepetitions && kind == StepKind.SETUP) {
            throw new IllegalArgumentException("a setup step is not part of the repetitions");
        }
    }

    /** Whether this step is part of the timed cycle (not a setup step). */
    public boolean timed() {
        return kind != StepKind.SETUP;
    }

    /** The hold as an optional, empty for setup steps. */
    public Optional<SecondsRange> holdRange() {
        return Optional.ofNullable(hold);
    }
}
