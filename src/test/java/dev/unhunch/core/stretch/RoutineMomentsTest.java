package dev.unhunch.core.stretch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutineMomentsTest {

    private static final StretchCatalog CATALOG = StretchCatalog.bundled();

    private static Stretch stretch(String id) {
        return CATALOG.byId(id).orElseThrow();
    }

    @Test
    void flattensSetupSidesRepetitionsAndRests() {
        // neck: 2 setup steps, hold 30 s, 2 repetitions per side
        Routine r = new Routine(List.of(new PlannedStretch(stretch("neck-side-stretch"), 2, List.of(30), false)), "safe");
        assertThat(r.moments()).extracting(Moment::kind).containsExactly(
                Moment.Kind.SETUP, Moment.Kind.SETUP, Moment.Kind.HOLD, Moment.Kind.HOLD,
                Moment.Kind.SWITCH_SIDES, Moment.Kind.HOLD, Moment.Kind.HOLD);
        assertThat(r.total()).isEqualTo(Duration.ofSeconds(3 + 3 + 30 + 30 + 3 + 30 + 30));
        assertThat(r.moments().get(3).repetition()).isEqualTo(2);
        assertThat(r.moments().get(3).repetitions()).isEqualTo(2);
        assertThat(r.moments().get(5).side()).isEqualTo(Side.RIGHT);
        assertThat(r.moments().get(4).rest()).isTrue();
        assertThat(r.moments().get(2).stepIndex()).isEqualTo(2);
        assertThat(r.safetyNote()).isEqualTo("safe");
    }

    @Test
    void findsTheMomentForAnyElapsedTime() {
        Routine r = new Routine(List.of(
                new PlannedStretch(stretch("chair-extension"), 2, List.of(4, 3), true),
                new PlannedStretch(stretch("doorway-pec-stretch"), 1, List.of(30), false)), "safe");
        // chair-extension: setup 0-3, 3-6; hold 6-10; rest 10-13; hold 13-17; rest 17-20
        assertThat(r.momentAt(Duration.ZERO)).get().extracting(Moment::stepIndex).isEqualTo(0);
        assertThat(r.momentAt(Duration.ofMillis(2999))).get().extracting(Moment::stepIndex).isEqualTo(0);
        assertThat(r.momentAt(Duration.ofSeconds(3))).get().extracting(Moment::stepIndex).isEqualTo(1);
        Moment hold = r.momentAt(Duration.ofSeconds(14)).orElseThrow();
        assertThat(hold.kind()).isEqualTo(Moment.Kind.HOLD);
        assertThat(hold.repetition()).isEqualTo(2);
        assertThat(hold.hold()).isEqualTo(Duration.ofSeconds(4));
        Moment rest = r.momentAt(Duration.ofSeconds(11)).orElseThrow();
        assertThat(rest.rest()).isTrue();
        assertThat(rest.side()).isEqualTo(Side.NONE);
        Moment door = r.momentAt(Duration.ofSeconds(20)).orElseThrow();
        assertThat(door.stretch().id()).isEqualTo("doorway-pec-stretch");
        assertThat(door.stretchIndex()).isEqualTo(1);
        assertThat(r.total()).isEqualTo(Duration.ofSeconds(20 + 6 + 30));
        assertThat(r.momentAt(r.total().minusMillis(1))).get().extracting(Moment::kind).isEqualTo(Moment.Kind.HOLD);
        assertThat(r.momentAt(r.total())).isEmpty();
        assertThat(r.finishedAt(r.total())).isTrue();
        assertThat(r.momentAt(Duration.ofSeconds(-5))).get().extracting(Moment::start).isEqualTo(Duration.ZERO);
    }

    @Test
    void lookupIsPureAndMomentsAreBackToBack() {
        Routine r = new RoutinePlanner(CATALOG, new java.util.Random(3))
                .plan(Duration.ofMinutes(5), true, StretchPreferences.defaults());
        Duration at = Duration.ZERO;
        for (Moment m : r.moments()) {
            assertThat(m.start()).isEqualTo(at);
            assertThat(r.momentAt(m.start())).contains(m);
            assertThat(r.momentAt(m.end().minusMillis(1))).contains(m);
            at = m.end();
        }
        assertThat(at).isEqualTo(r.total());
        assertThat(r.momentAt(Duration.ofSeconds(42))).isEqualTo(r.momentAt(Duration.ofSeconds(42)));
    }

    @Test
    void anEmptyRoutineHasNoMoments() {
        Routine r = new Routine(List.of(), "safe");
        assertThat(r.isEmpty()).isTrue();
        assertThat(r.momentAt(Duration.ZERO)).isEmpty();
        assertThat(r.total()).isEqualTo(Duration.ZERO);
    }
}
