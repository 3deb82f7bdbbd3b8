package dev.unhunch.core.stretch;

import java.time.Duration;
import java.util.List;

/**
 * A stretch with the concrete dose chosen for one break.
 *
 * @param stretch the stretch
 * @param repetitions how often the cycle is done (on each side for per-side stretches)
 * @param cycleSeconds chosen seconds for each step of {@link Stretch#cycle()}, in order
 * @param scaledDown whether the dose is below what the source recommends, to fit a short break
 */
public record PlannedStretch(Stretch stretch, int repetitions, List<Integer> cycleSeconds, boolean scaledDown) {

    /** Seconds shown for each setup step. */
    public static final int SETUP_SECONDS = 3;
    /** Seconds allowed for changing sides. */
    public static final int SWITCH_SECONDS = 3;

    public PlannedStretch {
        cycleSeconds = List.copyOf(cycleSeconds);
        if (cycleSeconds.size() != stretch.cycle().size()) {
            throw new IllegalArgumentException("one time per cycle step needed for " + stretch.id());
        }
        if (repetitions < 1 || cycleSeconds.stream().anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("repetitions and times must be positive for " + stretch.id());
        }
    }

    /** The sides in the order they are done: LEFT then RIGHT, or just NONE. */
    public List<Side> sides() {
        return stretch.perSide() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.NONE);
    }

    /** Total time of this stretch including setup and changing sides. */
    public Duration duration() {
        return Duration.ofSeconds(seconds(stretch, repetitions, cycleSeconds));
    }

    /** Seconds a stretch takes with the given repetitions and cycle step times. */
    static int seconds(Stretch stretch, int repetitions, List<Integer> cycleSeconds) {
        int sides = stretch.perSide() ? 2 : 1;
        int cycle = cycleSeconds.stream().mapToInt(Integer::intValue).sum();
        return stretch.setupSteps().size() * SETUP_SECONDS + sides * repetitions * cycle
                + (sides - 1) * SWITCH_SECONDS;
    }
}
