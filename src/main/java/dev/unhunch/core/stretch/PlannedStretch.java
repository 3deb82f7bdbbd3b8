package dev.unhunch.core.stretch;

import java.time.Duration;
import java.util.List;

/**
 * A stretch with the concrete dose chosen for one break. Holds are never shorter than the
 * source's: a break too short for the source's full dose gets fewer repetitions, and says so
 * ({@link #scaledDown()}); a break too short for one full hold on each side gets another stretch.
 *
 * @param stretch the stretch
 * @param repetitions how often the cycle is done (on each side for per-side stretches)
 * @param cycleSeconds chosen seconds for each step of {@link Stretch#cycle()}, in order, each at
 *     least the source's shortest time for that step
 * @param scaledDown whether there are fewer repetitions than the source recommends (a quick
 *     version, to fit a short break)
 */
public record PlannedStretch(Stretch stretch, int repetitions, List<Integer> cycleSeconds, boolean scaledDown) {

    /**
     * Seconds added to the first step of a seated or standing stretch with setup steps: its setup
     * instructions are shown with that step, and getting into position should not eat the hold.
     */
    public static final int LEAD_IN_SECONDS = 3;
    /** As {@link #LEAD_IN_SECONDS}, for getting down onto the floor or a roller. */
    public static final int FLOOR_LEAD_IN_SECONDS = 8;
    /** Seconds added to the first step on the second side, for changing sides. */
    public static final int SWITCH_SECONDS = 3;

    public PlannedStretch {
        cycleSeconds = List.copyOf(cycleSeconds);
        List<Step> cycle = stretch.cycle();
        if (cycleSeconds.size() != cycle.size()) {
            throw new IllegalArgumentException("one time per cycle step needed for " + stretch.id());
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be positive for " + stretch.id());
        }
        for (int i = 0; i < cycle.size(); i++) {
            if (cycleSeconds.get(i) < cycle.get(i).hold().min()) {
                throw new IllegalArgumentException("step " + i + " of " + stretch.id() + " is shorter ("
                        + cycleSeconds.get(i) + " s) than the source's " + cycle.get(i).hold().min() + " s");
            }
        }
    }

    /** The sides in the order they are done: LEFT then RIGHT, or just NONE. */
    public List<Side> sides() {
        return stretch.perSide() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.NONE);
    }

    /** The repetitions the source asks for at least (on each side for per-side stretches). */
    public int fullRepetitions() {
        return stretch.repetitions().min();
    }

    /** Total time of this stretch including getting into position and changing sides. */
    public Duration duration() {
        return Duration.ofSeconds(seconds(stretch, repetitions, cycleSeconds));
    }

    /** Seconds a stretch takes with the given repetitions and cycle step times. */
    static int seconds(Stretch stretch, int repetitions, List<Integer> cycleSeconds) {
        int sides = stretch.perSide() ? 2 : 1;
        int cycle = cycleSeconds.stream().mapToInt(Integer::intValue).sum();
        // a step that only leads on to the next repetition is left out after the last one
        int lastLeftOut = 0;
        List<Step> steps = stretch.cycle();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).betweenRepetitions()) {
                lastLeftOut += cycleSeconds.get(i);
            }
        }
        return leadIn(stretch) + sides * (repetitions * cycle - lastLeftOut) + (sides - 1) * SWITCH_SECONDS;
    }

    /** Seconds added to the first step for getting into position (none without setup steps). */
    static int leadIn(Stretch stretch) {
        if (stretch.setupSteps().isEmpty()) {
            return 0;
        }
        return stretch.onFloor() ? FLOOR_LEAD_IN_SECONDS : LEAD_IN_SECONDS;
    }
}
