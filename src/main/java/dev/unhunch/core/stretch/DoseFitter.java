package dev.unhunch.core.stretch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses a concrete dose of one stretch for a time budget. Starts from the source's lowest dose
 * and grows it (longer holds, then more repetitions) up to the source's highest while it fits.
 * When even the lowest dose is too long, it first cuts repetitions (down to one hold per side for
 * long holds) and then shortens the holds, but never below a floor that still makes a stretch.
 */
final class DoseFitter {

    /** Holds at or below this many seconds are never shortened. */
    private static final int SHORT_HOLD = 10;
    /** The shortest a longer hold may become. */
    private static final int MIN_SCALED_HOLD = 8;
    /** Repetitions kept at least for stretches made of short holds. */
    private static final int MIN_SHORT_REPS = 3;

    private DoseFitter() {
    }

    static Optional<PlannedStretch> fit(Stretch stretch, int budgetSeconds) {
        List<Step> cycle = stretch.cycle();
        SecondsRange reps = stretch.repetitions();
        List<Integer> mins = cycle.stream().map(s -> s.hold().min()).toList();
        if (seconds(stretch, reps.min(), mins) <= budgetSeconds) {
            return Optional.of(grow(stretch, budgetSeconds, mins));
        }
        boolean shortHolds = cycle.stream().allMatch(s -> s.kind() == StepKind.REST || s.hold().min() <= SHORT_HOLD);
        int repFloor = shortHolds ? Math.min(reps.min(), MIN_SHORT_REPS) : 1;
        for (int r = reps.min() - 1; r >= repFloor; r--) {
            if (seconds(stretch, r, mins) <= budgetSeconds) {
                return Optional.of(new PlannedStretch(stretch, r, mins, true));
            }
        }
        for (int pct = 99; pct >= 1; pct--) {
            List<Integer> holds = new ArrayList<>();
            for (Step s : cycle) {
                holds.add(scaled(s, pct));
            }
            if (seconds(stretch, repFloor, holds) <= budgetSeconds) {
                return Optional.of(new PlannedStretch(stretch, repFloor, holds, true));
            }
        }
        return Optional.empty();
    }

    private static int scaled(Step step, int pct) {
        int min = step.hold().min();
        if (step.kind() == StepKind.REST || min <= SHORT_HOLD) {
            return min;
        }
        int floor = Math.max(MIN_SCALED_HOLD, (min + 4) / 5);
        return Math.max(floor, min * pct / 100);
    }

    private static PlannedStretch grow(Stretch stretch, int budget, List<Integer> mins) {
        List<Step> cycle = stretch.cycle();
        List<Integer> holds = new ArrayList<>(mins);
        int reps = stretch.repetitions().min();
        // lengthen the holds toward the source's upper figure, a second at a time, evenly
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < cycle.size(); i++) {
                if (holds.get(i) < cycle.get(i).hold().max()) {
                    holds.set(i, holds.get(i) + 1);
                    if (seconds(stretch, reps, holds) <= budget) {
                        grew = true;
                    } else {
                        holds.set(i, holds.get(i) - 1);
                    }
                }
            }
        }
        while (reps < stretch.repetitions().max() && seconds(stretch, reps + 1, holds) <= budget) {
            reps++;
        }
        return new PlannedStretch(stretch, reps, holds, false);
    }

    private static int seconds(Stretch stretch, int reps, List<Integer> holds) {
        return PlannedStretch.seconds(stretch, reps, holds);
    }
}
