package dev.unhunch.core.stretch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutineMomentsTest {

    private static final StretchCatalog CATALOG = StretchCatalog.bundled();

    private static Stretch stretch(String id) {
        return CATALOG.byId(id).orElseThrow();
    }

    @Test
    void flattensSidesAndRepetitionsWithSetupFoldedIntoTheFirstStep() {
        // neck: 2 setup steps, hold 30 s, 2 repetitions per side
        Routine r = new Routine(List.of(new PlannedStretch(stretch("neck-side-stretch"), 2, List.of(30), false)), "safe");
        assertThat(r.moments()).extracting(Moment::kind).containsOnly(Moment.Kind.HOLD).hasSize(4);
        assertThat(r.moments()).extracting(Moment::lead).containsExactly(
                Moment.Lead.GET_INTO_POSITION, Moment.Lead.NONE, Moment.Lead.OTHER_SIDE, Moment.Lead.NONE);
        assertThat(r.moments()).extracting(Moment::side).containsExactly(Side.LEFT, Side.LEFT, Side.RIGHT, Side.RIGHT);
        // every hold keeps its 30 s; getting into position and changing sides come on top
        assertThat(r.moments()).extracting(Moment::hold).containsOnly(Duration.ofSeconds(30));
        assertThat(r.moments().get(0).duration()).isEqualTo(Duration.ofSeconds(PlannedStretch.LEAD_IN_SECONDS + 30));
        assertThat(r.moments().get(2).duration()).isEqualTo(Duration.ofSeconds(PlannedStretch.SWITCH_SECONDS + 30));
        assertThat(r.total()).isEqualTo(Duration.ofSeconds(3 + 30 + 30 + 3 + 30 + 30));
        assertThat(r.moments().get(0).text()).startsWith("Sit up tall on your chair. Hold the edge of the seat")
                .endsWith("Stay there.");
        assertThat(r.moments().get(1).text()).startsWith("Tip your head");
        assertThat(r.moments().get(2).text()).startsWith(Moment.SWITCH_TEXT + " Tip your head");
        assertThat(r.moments().get(1).repetition()).isEqualTo(2);
        assertThat(r.moments().get(1).repetitions()).isEqualTo(2);
        assertThat(r.moments()).extracting(Moment::stepIndex).containsOnly(2);
        assertThat(r.moments().get(0).planned().stretch().id()).isEqualTo("neck-side-stretch");
        assertThat(r.safetyNote()).isEqualTo("safe");
    }

    @Test
    void findsTheMomentForAnyElapsedTime() {
        Routine r = new Routine(List.of(
                new PlannedStretch(stretch("chair-extension"), 2, List.of(4, 3), true),
                new PlannedStretch(stretch("doorway-pec-stretch"), 1, List.of(30), false)), "safe");
        // chair-extension: lead-in 0-3 and hold to 7; rest 7-10; hold 10-14; rest 14-17
        assertThat(r.momentAt(Duration.ZERO)).get().extracting(Moment::stepIndex).isEqualTo(2);
        assertThat(r.momentAt(Duration.ofMillis(6999))).get().extracting(Moment::lead)
                .isEqualTo(Moment.Lead.GET_INTO_POSITION);
        Moment hold = r.momentAt(Duration.ofSeconds(11)).orElseThrow();
        assertThat(hold.kind()).isEqualTo(Moment.Kind.HOLD);
        assertThat(hold.repetition()).isEqualTo(2);
        assertThat(hold.hold()).isEqualTo(Duration.ofSeconds(4));
        Moment rest = r.momentAt(Duration.ofSeconds(8)).orElseThrow();
        assertThat(rest.rest()).isTrue();
        assertThat(rest.side()).isEqualTo(Side.NONE);
        Moment door = r.momentAt(Duration.ofSeconds(17)).orElseThrow();
        assertThat(door.stretch().id()).isEqualTo("doorway-pec-stretch");
        assertThat(door.stretchIndex()).isEqualTo(1);
        assertThat(door.lead()).isEqualTo(Moment.Lead.GET_INTO_POSITION);
        assertThat(r.total()).isEqualTo(Duration.ofSeconds(17 + 3 + 30));
        assertThat(r.momentAt(r.total().minusMillis(1))).get().extracting(Moment::kind).isEqualTo(Moment.Kind.HOLD);
        assertThat(r.momentAt(r.total())).isEmpty();
        assertThat(r.finishedAt(r.total())).isTrue();
        assertThat(r.momentAt(Duration.ofSeconds(-5))).get().extracting(Moment::start).isEqualTo(Duration.ZERO);
    }

    @Test
    void aHoldShorterThanTheSourcesIsRefused() {
        assertThatThrownBy(() -> new PlannedStretch(stretch("neck-side-stretch"), 1, List.of(10), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source's 30 s");
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
