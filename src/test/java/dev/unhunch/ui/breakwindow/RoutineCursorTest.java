package dev.unhunch.ui.breakwindow;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.core.stretch.RoutinePlanner;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.core.stretch.StretchPreferences;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The window's place in a routine follows the engine's countdown plus the user's Next / Back. */
class RoutineCursorTest {

    private static final Duration LONG = Duration.ofMinutes(5);
    private final Routine routine = new RoutinePlanner(StretchCatalog.bundled(), new Random(3))
            .plan(LONG, true, StretchPreferences.defaults());
    private final RoutineCursor cursor = new RoutineCursor(routine);

    @Test
    void elapsedIsTheEnginesElapsedTime() {
        cursor.engineElapsed(Duration.ZERO);
        assertThat(cursor.elapsed()).isZero();
        assertThat(cursor.moment()).contains(routine.moments().get(0));
        cursor.engineElapsed(ofSeconds(40));
        assertThat(cursor.elapsed()).isEqualTo(ofSeconds(40));
        assertThat(cursor.moment()).isEqualTo(routine.momentAt(ofSeconds(40)));
        assertThat(cursor.progress()).isCloseTo(40.0 / routine.total().toSeconds(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void nextAndBackMoveByMomentsAndTheEngineKeepsCounting() {
        List<Moment> all = routine.moments();
        cursor.engineElapsed(ofSeconds(1));
        cursor.next();
        assertThat(cursor.moment()).contains(all.get(1));
        assertThat(cursor.elapsed()).isEqualTo(all.get(1).start());
        cursor.engineElapsed(ofSeconds(2));
        assertThat(cursor.elapsed()).isEqualTo(all.get(1).start().plusSeconds(1));
        // within two seconds of a moment's start, Back goes to the one before
        cursor.back();
        assertThat(cursor.moment()).contains(all.get(0));
        cursor.back();
        assertThat(cursor.elapsed()).isZero();
        assertThat(cursor.canGoBack()).isFalse();
    }

    @Test
    void backLaterInAMomentRestartsIt() {
        Moment second = routine.moments().get(1);
        cursor.engineElapsed(second.start().plusSeconds(2).plusMillis(500));
        cursor.back();
        assertThat(cursor.elapsed()).isEqualTo(second.start());
    }

    @Test
    void nextThroughTheEndFinishesAndBackReturnsToTheLastMoment() {
        cursor.engineElapsed(Duration.ZERO);
        int steps = 0;
        while (!cursor.finished()) {
            cursor.next();
            steps++;
        }
        assertThat(steps).isEqualTo(routine.moments().size());
        assertThat(cursor.progress()).isEqualTo(1.0);
        assertThat(cursor.stretchNumber()).isEqualTo(cursor.stretchCount());
        cursor.back();
        assertThat(cursor.moment()).contains(routine.moments().get(routine.moments().size() - 1));
    }

    @Test
    void aRoutineSwappedInMidBreakStartsWhereTheEngineIs() {
        Routine quick = new RoutinePlanner(StretchCatalog.bundled(), new Random(3)).quickStretch();
        RoutineCursor swapped = new RoutineCursor(quick);
        swapped.engineElapsed(ofSeconds(100));
        swapped.restartHere();
        assertThat(swapped.elapsed()).isZero();
        swapped.engineElapsed(ofSeconds(103));
        assertThat(swapped.elapsed()).isEqualTo(ofSeconds(3));
    }

    @Test
    void anEmptyRoutineIsFinishedAtOnce() {
        RoutineCursor empty = new RoutineCursor(new Routine(List.of(), "Stop if it hurts."));
        assertThat(empty.finished()).isTrue();
        assertThat(empty.moment()).isEmpty();
        empty.next();
        empty.back();
        assertThat(empty.stretchCount()).isZero();
    }
}
