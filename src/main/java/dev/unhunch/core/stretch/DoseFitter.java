package dev.unhunch.core.stretch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses a concrete dose of one stretch for a time budget. Starts from the source's lowest dose
 * and grows it (longer holds, then more repetitions) up to the source's highest while it fits.
 * When even the lowest dose is too long, it does fewer repetitions (down to one per side for long
 * holds, three for stretches made of short holds) and marks the dose as scaled down. It never
 * shortens a hold below the source's figure: a stretch whose one full pass does not fit is not
 * offered at all.
 */
final class DoseFitter {

    /** Stretches whose steps all last at most this many seconds count as made of short holds. */
    private static final int SHORT_HOLD = 10;
    /** Repetitions kept at least for stretches made of short holds (one is barely a stretch). */
    private static final int MIN_SHORT_REPS = 3;

    private DoseFitter() {
    }

    static Optional<PlannedStretch> fit(Stretch stretch, int budgetSeconds) {
        List<Integer> mins = minimumHolds(stretch);
        int full = stretch.repetitions().min();
        for (int reps = full; reps >= repetitionFloor(stretch); reps--) {
            if (PlannedStretch.seconds(stretch, reps, mins) <= budgetSeconds) {
                return Optional.of(grow(stretch, reps, mins, budgetSeconds, reps < full));
            }
        }
        return Optional.empty();
    }

    /** Seconds of the shortest dose offered: full holds, the fewest repetitions allowed. */
    static int minimalSeconds(Stretch stretch) {
        return PlannedStretch.seconds(stretch, repetitionFloor(stretch), minimumHolds(stretch));
    }

    /** Seconds of the source's lowest full dose. */
    static int fullSeconds(Stretch stretch) {
        return PlannedStretch.seconds(stretch, stretch.repetitions().min(), minimumHolds(stretch));
    }

    private static int repetitionFloor(Stretch stretch) {
        boolean shortHolds = stretch.cycle().stream()
                .allMatch(s -> s.kind() == StepKind.REST || s.hold().min() <= SHORT_HOLD);
        return shortHolds ? Math.min(stretch.repetitions().min(), MIN_SHORT_REPS) : 1;
    }

    private static List<Integer> minimumHolds(Stretch stretch) {
        return stretch.cycle().stream().map(s -> s.hold().min()).toList();
    }

    private static PlannedStretch grow(Stretch stretch, int startReps, List<Integer> mins, int budget,
            boolean scaledDown) {
        List<Step> cycle = stretch.cycle();
        List<Integer> holds = new ArrayList<>(mins);
        int reps = startReps;
        // lengthen the holds toward the source's upper figure, a second at a time, evenly
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < cycle.size(); i++) {
                if (holds.get(i) < cycle.get(i).hold().max()) {
                    holds.set(i, holds.get(i) + 1);
                    if (PlannedStretch.seconds(stretch, reps, holds) <= budget) {
                        grew = true;
                    } else {
                        holds.set(i, holds.get(i) - 1);
                    }
                }
            }
        }
        while (!scaledDown && reps < stretch.repetitions().max()
                && PlannedStretch.seconds(stretch, reps + 1, holds) <= budget) {
            reps++;
        }
        return new PlannedStretch(stretch, reps, holds, scaledDown);
    }
}
