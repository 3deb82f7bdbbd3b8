package dev.unhunch.core.stretch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The stretches chosen for one break, and the same routine flattened into timed
 * {@link Moment}s for the guided window. Immutable; {@link #momentAt(Duration)} is a pure lookup,
 * so the engine can own the clock and the window only shows where it is.
 */
public final class Routine {

    private final List<PlannedStretch> stretches;
    private final List<Moment> moments;
    private final Duration total;
    private final String safetyNote;

    /**
     * A routine of the given stretches, in order.
     *
     * @param stretches the planned stretches
     * @param safetyNote the line to show when the routine ends
     */
    public Routine(List<PlannedStretch> stretches, String safetyNote) {
        this.stretches = List.copyOf(stretches);
        this.safetyNote = safetyNote;
        List<Moment> out = new ArrayList<>();
        Duration at = Duration.ZERO;
        for (int i = 0; i < this.stretches.size(); i++) {
            at = flatten(this.stretches.get(i), i, at, out);
        }
        this.moments = Collections.unmodifiableList(out);
        this.total = at;
    }

    private static Duration flatten(PlannedStretch planned, int index, Duration at, List<Moment> out) {
        Stretch s = planned.stretch();
        List<Step> steps = s.steps();
        int first = s.firstCycleIndex();
        List<Side> sides = planned.sides();
        int n = planned.repetitions();
        for (int side = 0; side < sides.size(); side++) {
            for (int rep = 1; rep <= n; rep++) {
                for (int c = 0; c < planned.cycleSeconds().size(); c++) {
                    Step step = steps.get(first + c);
                    if (rep == n && step.betweenRepetitions()) {
                        continue; // no "shift to a new spot" with no next spot
                    }
                    Moment.Lead lead = Moment.Lead.NONE;
                    int leadSeconds = 0;
                    String text = step.text();
                    if (rep == 1 && c == 0 && side == 0 && first > 0) {
                        lead = Moment.Lead.GET_INTO_POSITION;
                        leadSeconds = PlannedStretch.leadIn(s);
                        text = String.join(" ", s.setupSteps().stream().map(Step::text).toList()) + " " + text;
                    } else if (rep == 1 && c == 0 && side > 0) {
                        lead = Moment.Lead.OTHER_SIDE;
                        leadSeconds = PlannedStretch.SWITCH_SECONDS;
                        text = Moment.SWITCH_TEXT + " " + text;
                    }
                    Duration d = Duration.ofSeconds(planned.cycleSeconds().get(c) + leadSeconds);
                    out.add(new Moment(planned, index, first + c, text, kindOf(step.kind()), sides.get(side),
                            rep, n, at, d, lead, Duration.ofSeconds(leadSeconds)));
                    at = at.plus(d);
                }
            }
        }
        return at;
    }

    private static Moment.Kind kindOf(StepKind kind) {
        return switch (kind) {
            case HOLD -> Moment.Kind.HOLD;
            case MOVE -> Moment.Kind.MOVE;
            case REST -> Moment.Kind.REST;
            case SETUP -> throw new IllegalArgumentException("setup steps are not timed");
        };
    }

    /** The planned stretches, in order. */
    public List<PlannedStretch> stretches() {
        return stretches;
    }

    /** Every moment of the routine, in order, back to back from zero. */
    public List<Moment> moments() {
        return moments;
    }

    /** The total length of the routine. */
    public Duration total() {
        return total;
    }

    /** Whether nothing was planned (no stretch fitted the break or all were excluded). */
    public boolean isEmpty() {
        return stretches.isEmpty();
    }

    /** The line to show at the end: stop if it hurts, see a doctor if pain persists. */
    public String safetyNote() {
        return safetyNote;
    }

    /**
     * The moment in progress at the given time into the routine. Pure: the same input always
     * gives the same answer. Times before zero count as zero.
     *
     * @return the moment, or empty once {@code elapsed} reaches {@link #total()}
     */
    public Optional<Moment> momentAt(Duration elapsed) {
        Duration t = elapsed.isNegative() ? Duration.ZERO : elapsed;
        if (moments.isEmpty() || t.compareTo(total) >= 0) {
            return Optional.empty();
        }
        int lo = 0;
        int hi = moments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (moments.get(mid).start().compareTo(t) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.of(moments.get(lo));
    }

    /** Whether the routine is over at the given time into it. */
    public boolean finishedAt(Duration elapsed) {
        return elapsed.compareTo(total) >= 0;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Routine[").append(total.toSeconds()).append("s:");
        stretches.forEach(p -> b.append(' ').append(p.stretch().id()).append('x').append(p.repetitions())
                .append(p.cycleSeconds()));
        return b.append(']').toString();
    }
}
