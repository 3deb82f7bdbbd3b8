package dev.unhunch.ui.breakwindow;

import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.Routine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the break window is in a routine. The engine's clock gives the elapsed time; Next and
 * Back only shift a local offset added to it, so there is never a second timer.
 */
public final class RoutineCursor {

    /** Back within this time of a moment's start goes to the previous moment instead. */
    static final Duration BACK_GRACE = Duration.ofSeconds(2);

    private final Routine routine;
    private Duration engineElapsed = Duration.ZERO;
    private Duration offset = Duration.ZERO;

    /** A cursor at the start of the routine. */
    public RoutineCursor(Routine routine) {
        this.routine = routine;
    }

    /** The routine being shown. */
    public Routine routine() {
        return routine;
    }

    /** Takes the break's time as the engine counted it (rest taken so far). */
    public void engineElapsed(Duration elapsed) {
        engineElapsed = positive(elapsed);
    }

    /** Time into the routine, the user's Next / Back included. */
    public Duration elapsed() {
        return positive(engineElapsed.plus(offset));
    }

    /** The moment to show now; empty once the routine is over (or empty). */
    public Optional<Moment> moment() {
        return routine.momentAt(elapsed());
    }

    /** Whether the routine is over (or had nothing in it). */
    public boolean finished() {
        return routine.isEmpty() || routine.finishedAt(elapsed());
    }

    /** Time left in the current moment. */
    public Duration leftInMoment() {
        return moment().map(m -> positive(m.end().minus(elapsed()))).orElse(Duration.ZERO);
    }

    /** Makes the current engine time the start of the routine (a routine swapped in mid-break). */
    public void restartHere() {
        offset = engineElapsed.negated();
    }

    /** Jumps to the start of the next moment (or the end of the routine). */
    public void next() {
        List<Moment> all = routine.moments();
        Optional<Moment> now = moment();
        if (now.isEmpty()) {
            return;
        }
        int i = all.indexOf(now.get());
        jumpTo(i + 1 < all.size() ? all.get(i + 1).start() : routine.total());
    }

    /** Jumps back to the start of this moment, or of the previous one if this one just began. */
    public void back() {
        List<Moment> all = routine.moments();
        if (all.isEmpty()) {
            return;
        }
        Optional<Moment> now = moment();
        if (now.isEmpty()) {
            jumpTo(all.get(all.size() - 1).start());
            return;
        }
        int i = all.indexOf(now.get());
        boolean justBegan = elapsed().minus(now.get().start()).compareTo(BACK_GRACE) < 0;
        jumpTo(justBegan && i > 0 ? all.get(i - 1).start() : now.get().start());
    }

    /** Whether the user went ahead of the engine's time with Next. */
    public boolean aheadOfEngine() {
        return offset.compareTo(Duration.ZERO) > 0;
    }

    /** Whether Back can go anywhere. */
    public boolean canGoBack() {
        return !routine.isEmpty() && elapsed().compareTo(Duration.ZERO) > 0;
    }

    /** 1-based number of the stretch being done (the last one once finished). */
    public int stretchNumber() {
        return moment().map(m -> m.stretchIndex() + 1).orElse(stretchCount());
    }

    /** How many stretches the routine has. */
    public int stretchCount() {
        return routine.stretches().size();
    }

    /** Share of the routine done, 0 to 1. */
    public double progress() {
        if (routine.total().isZero()) {
            return 1;
        }
        return Math.min(1, (double) elapsed().toMillis() / routine.total().toMillis());
    }

    private void jumpTo(Duration target) {
        offset = target.minus(engineElapsed);
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
