package dev.unhunch.core.stretch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A routine fits the time the break really runs, never ends mid-side, never shortens a hold
 * below the source's figure, and marks every smaller dose as a quick version.
 */
class RoutineFitTest {

    private static final StretchCatalog CATALOG = StretchCatalog.bundled();
    private static final StretchPreferences AT_DESK = StretchPreferences.defaults();
    private static final StretchPreferences AT_HOME = new StretchPreferences(true, Set.of(), Set.of());

    @ParameterizedTest
    @ValueSource(ints = {20, 30, 60, 120, 300, 600, 900})
    void scheduledBreaksFitTheirLengthWithBothSidesAndFullHolds(int seconds) {
        for (long seed = 0; seed < 20; seed++) {
            RoutinePlanner planner = new RoutinePlanner(CATALOG, new Random(seed));
            for (StretchPreferences prefs : List.of(AT_DESK, AT_HOME)) {
                boolean longBreak = seconds >= 300;
                Routine r = planner.plan(Duration.ofSeconds(seconds), longBreak, prefs);
                assertThat(r.isEmpty()).as("%d s, seed %d", seconds, seed).isFalse();
                assertThat(r.total()).as("%d s", seconds).isLessThanOrEqualTo(Duration.ofSeconds(seconds));
                assertHonest(r);
            }
        }
    }

    @Test
    void onDemandStretchesRunTheirOwnLengthWithBothSidesAndFullHolds() {
        RoutinePlanner planner = new RoutinePlanner(CATALOG, new Random(3));
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Routine r = planner.quickStretch(AT_DESK);
            assertThat(r.stretches()).hasSize(1);
            assertThat(r.total()).isLessThanOrEqualTo(RoutinePlanner.QUICK_LENGTH);
            assertHonest(r);
            seen.add(r.stretches().get(0).stretch().id());
        }
        assertThat(seen).contains("neck-side-stretch", "chair-twist", "shoulder-rolls");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10, 20, 30, 45, 60, 100, 200})
    void aChairStretchSwappedInFitsTheTimeLeft(int secondsLeft) {
        RoutinePlanner planner = new RoutinePlanner(CATALOG, new Random(secondsLeft));
        for (int i = 0; i < 10; i++) {
            Routine r = planner.quickStretch(Duration.ofSeconds(secondsLeft), AT_DESK);
            assertThat(r.total()).isLessThanOrEqualTo(Duration.ofSeconds(secondsLeft));
            assertThat(r.isEmpty()).as("%d s left", secondsLeft).isEqualTo(secondsLeft < 18);
            assertHonest(r);
        }
    }

    @Test
    void theDefaultMicroBreakGivesAtLeastOneFullSourceHoldPerSide() {
        Duration micro = Settings.defaults().micro().length();
        for (long seed = 0; seed < 40; seed++) {
            Routine r = new RoutinePlanner(CATALOG, new Random(seed)).plan(micro, false, AT_DESK);
            assertThat(r.isEmpty()).isFalse();
            assertThat(r.total()).isLessThanOrEqualTo(micro);
            for (PlannedStretch p : r.stretches()) {
                List<Step> cycle = p.stretch().cycle();
                for (Side side : p.sides()) {
                    // every step of the cycle, at least once on this side, for at least the source's time
                    for (int c = 0; c < cycle.size(); c++) {
                        int step = p.stretch().firstCycleIndex() + c;
                        int min = cycle.get(c).hold().min();
                        assertThat(r.moments()).as("%s %s step %d", p.stretch().id(), side, step)
                                .anySatisfy(m -> {
                                    assertThat(m.planned()).isSameAs(p);
                                    assertThat(m.side()).isEqualTo(side);
                                    assertThat(m.stepIndex()).isEqualTo(step);
                                    assertThat(m.hold()).isGreaterThanOrEqualTo(Duration.ofSeconds(min));
                                });
                    }
                }
            }
        }
    }

    @Test
    void longHoldsInLongBreaksAreEitherFullOrAQuickVersion() {
        boolean sawRoller = false;
        for (long seed = 0; seed < 40; seed++) {
            RoutinePlanner planner = new RoutinePlanner(CATALOG, new Random(seed));
            for (int minutes : new int[] {5, 10, 15}) {
                Routine r = planner.plan(Duration.ofMinutes(minutes), true, AT_HOME);
                for (PlannedStretch p : r.stretches()) {
                    if (p.stretch().id().equals("roller-stretch")) {
                        sawRoller = true;
                        assertThat(p.cycleSeconds()).as("the 10 minutes are never cut").containsExactly(600);
                    }
                }
                assertHonest(r);
            }
        }
        assertThat(sawRoller).as("the roller stretch fits a 15 minute break").isTrue();
    }

    @Test
    void theShortestBreaksInDocsStretchesMdAreTrue() {
        // docs/stretches.md, "Shortest break in which each stretch is offered"
        assertThat(offeredFrom("arm-press-curl")).isEqualTo(18);
        assertThat(offeredFrom("chair-extension")).isEqualTo(21);
        assertThat(offeredFrom("corner-stretch")).isEqualTo(33);
        assertThat(offeredFrom("doorway-pec-stretch")).isEqualTo(33);
        assertThat(offeredFrom("chair-thoracic-extension")).isEqualTo(33);
        assertThat(offeredFrom("chair-twist")).isEqualTo(46);
        assertThat(offeredFrom("neck-side-stretch")).isEqualTo(66);
        assertThat(offeredFrom("shoulder-rolls")).isEqualTo(123);
        assertThat(offeredFrom("roller-stretch")).isEqualTo(608);
        assertThat(offeredFrom("side-lying-rotation")).isEqualTo(23);
        assertThat(offeredFrom("cat-cow")).isEqualTo(32);
        assertThat(offeredFrom("childs-pose")).isEqualTo(33);
        assertThat(offeredFrom("roller-thoracic-extension")).isEqualTo(28);
        assertThat(offeredFrom("thread-the-needle")).isEqualTo(47);
        assertThat(offeredFrom("arm-openings")).isEqualTo(57);
        assertThat(offeredFrom("cat-stretch")).isEqualTo(68);
        assertThat(offeredFrom("childs-pose-rotation")).isEqualTo(71);
        assertThat(offeredFrom("upper-back-rolls")).isEqualTo(68);
        assertThat(DoseFitter.fullSeconds(CATALOG.byId("arm-openings").orElseThrow())).isEqualTo(241);
        assertThat(DoseFitter.fullSeconds(CATALOG.byId("neck-side-stretch").orElseThrow())).isEqualTo(186);
        assertThat(DoseFitter.fullSeconds(CATALOG.byId("chair-twist").orElseThrow())).isEqualTo(126);
    }

    private static int offeredFrom(String id) {
        int seconds = DoseFitter.minimalSeconds(CATALOG.byId(id).orElseThrow());
        Set<String> others = new java.util.HashSet<>();
        CATALOG.all().forEach(s -> others.add(s.id()));
        others.remove(id);
        StretchPreferences only = new StretchPreferences(true, Set.of(), others);
        RoutinePlanner planner = new RoutinePlanner(CATALOG, new Random(1));
        assertThat(planner.plan(Duration.ofSeconds(seconds - 1), true, only).isEmpty()).as(id).isTrue();
        assertThat(planner.plan(Duration.ofSeconds(seconds), true, only).isEmpty()).as(id).isFalse();
        return seconds;
    }

    /** The checks every routine must pass, whatever its length. */
    static void assertHonest(Routine r) {
        for (int i = 0; i < r.stretches().size(); i++) {
            PlannedStretch p = r.stretches().get(i);
            int index = i;
            List<Moment> own = r.moments().stream().filter(m -> m.stretchIndex() == index).toList();
            // a step that only leads on to the next repetition is not done after the last one
            long between = p.stretch().cycle().stream().filter(Step::betweenRepetitions).count();
            int perSide = (int) (p.repetitions() * p.cycleSeconds().size() - between);
            if (p.stretch().perSide()) {
                assertThat(own).as("%s: both sides in full", p.stretch().id())
                        .filteredOn(m -> m.side() == Side.LEFT).hasSize(perSide);
                assertThat(own).filteredOn(m -> m.side() == Side.RIGHT).hasSize(perSide);
                assertThat(own.get(own.size() - 1).side()).isEqualTo(Side.RIGHT);
                assertThat(own).filteredOn(m -> m.lead() == Moment.Lead.OTHER_SIDE).singleElement()
                        .satisfies(m -> assertThat(m.leadTime()).isLessThanOrEqualTo(
                                Duration.ofSeconds(PlannedStretch.SWITCH_SECONDS)));
            } else {
                assertThat(own).hasSize(perSide).allSatisfy(m -> assertThat(m.side()).isEqualTo(Side.NONE));
            }
            // no separate "get ready" moment: the first step carries the setup and a short lead-in
            assertThat(own.get(0).lead()).isEqualTo(Moment.Lead.GET_INTO_POSITION);
            assertThat(own.get(0).leadTime()).isLessThanOrEqualTo(Duration.ofSeconds(p.stretch().onFloor()
                    ? PlannedStretch.FLOOR_LEAD_IN_SECONDS : PlannedStretch.LEAD_IN_SECONDS));
            assertThat(own.get(0).stepIndex()).isEqualTo(p.stretch().firstCycleIndex());
            for (Step setup : p.stretch().setupSteps()) {
                assertThat(own.get(0).text()).contains(setup.text());
            }
            assertThat(own).allSatisfy(m -> {
                Step step = p.stretch().steps().get(m.stepIndex());
                assertThat(step.timed()).isTrue();
                assertThat(m.hold()).as("%s holds are never shortened", p.stretch().id())
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(step.hold().min()));
            });
            assertThat(p.scaledDown()).as("%s quick version flag", p.stretch().id())
                    .isEqualTo(p.repetitions() < p.fullRepetitions());
            assertThat(p.stretch().dose()).isNotBlank();
        }
        assertThat(r.moments().stream().map(Moment::duration).reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(r.total());
    }
}
