package dev.unhunch.core.stretch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Kit;
import dev.unhunch.core.settings.Settings;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner offers only what the user's place and equipment allow, and ends roller work sensibly. */
class EquipmentPlanningTest {

    private static final StretchCatalog CATALOG = StretchCatalog.bundled();
    private static final List<Duration> LENGTHS = List.of(Duration.ofSeconds(30), Duration.ofSeconds(90),
            Duration.ofMinutes(5), Duration.ofMinutes(8), Duration.ofMinutes(12), Duration.ofMinutes(20));

    private static StretchPreferences prefs(boolean atHome, Kit kit) {
        return StretchPreferences.of(Settings.builder().atHome(atHome).mat(kit.mat()).foamRoller(kit.foamRoller())
                .wallOrDoorway(kit.wallOrDoorway()).lowBackedChair(kit.lowBackedChair()).build().stretches());
    }

    /** Every stretch the planner chose over many seeds and break lengths, quick stretches included. */
    private static Set<String> planned(StretchPreferences prefs) {
        Set<String> ids = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            RoutinePlanner p = new RoutinePlanner(CATALOG, new Random(seed));
            for (Duration length : LENGTHS) {
                boolean longBreak = length.compareTo(Duration.ofMinutes(5)) >= 0;
                p.plan(length, longBreak, prefs).stretches().forEach(ps -> ids.add(ps.stretch().id()));
            }
            p.quickStretch(prefs).stretches().forEach(ps -> ids.add(ps.stretch().id()));
        }
        return ids;
    }

    private static Set<String> needing(Equipment e) {
        Set<String> ids = new HashSet<>();
        CATALOG.all().stream().filter(s -> s.equipment().contains(e)).forEach(s -> ids.add(s.id()));
        return ids;
    }

    @Test
    void atHomeWithoutARollerNoStretchNeedsOne() {
        Set<String> ids = planned(prefs(true, new Kit(true, false, true, true)));
        Set<String> rollerOnly = needing(Equipment.FOAM_ROLLER);
        rollerOnly.remove("roller-stretch"); // the source allows a rolled towel and a small pillow
        assertThat(ids).doesNotContainAnyElementsOf(rollerOnly);
        assertThat(ids).as("floor stretches on the mat still come").contains("cat-cow", "childs-pose");
    }

    @Test
    void withoutAMatNoStretchOnTheMat() {
        Set<String> ids = planned(prefs(true, new Kit(false, true, true, true)));
        assertThat(ids).doesNotContainAnyElementsOf(needing(Equipment.MAT));
        assertThat(ids).as("the roller needs no mat").contains("upper-back-rolls");
    }

    @Test
    void withoutAWallOrDoorwayOrLowChairNoneOfThoseStretches() {
        Set<String> ids = planned(prefs(false, new Kit(true, true, false, false)));
        assertThat(ids).doesNotContain("corner-stretch", "doorway-pec-stretch", "chair-extension");
        assertThat(ids).as("at the desk nothing on the floor, whatever is owned")
                .allSatisfy(id -> assertThat(CATALOG.byId(id).orElseThrow().onFloor()).isFalse());
        assertThat(ids).contains("neck-side-stretch", "chair-twist");
    }

    @Test
    void theDefaultsAssumeAWallButNoLowChairMatOrRoller() {
        StretchPreferences defaults = StretchPreferences.of(Settings.defaults().stretches());
        assertThat(defaults).isEqualTo(StretchPreferences.defaults());
        assertThat(defaults.atHand()).contains(Equipment.CHAIR, Equipment.WALL_CORNER, Equipment.DOORWAY)
                .doesNotContain(Equipment.LOW_BACKED_CHAIR, Equipment.MAT, Equipment.FOAM_ROLLER);
    }

    @Test
    void theRollerStretchTakesARolledTowelAtHomeOnly() {
        Stretch roller = CATALOG.byId("roller-stretch").orElseThrow();
        Kit noRoller = new Kit(false, false, true, false);
        assertThat(prefs(true, noRoller).allows(roller, true)).isTrue();
        assertThat(prefs(false, new Kit(true, true, true, true)).allows(roller, true)).as("not at the desk").isFalse();
        assertThat(CATALOG.byId("upper-back-rolls").orElseThrow().possibleWith(prefs(true, noRoller).atHand())).isFalse();
    }

    @Test
    void rollerWorkNeverEndsOnShiftingTheRoller() {
        StretchPreferences rollerOnly = new StretchPreferences(true, Set.of(), allBut("upper-back-rolls"),
                prefs(true, new Kit(false, true, true, false)).atHand());
        for (Duration length : LENGTHS.subList(2, LENGTHS.size())) {
            Routine r = new RoutinePlanner(CATALOG, new Random(1)).plan(length, true, rollerOnly);
            assertThat(r.stretches()).as("%s", length).isNotEmpty();
            Moment last = r.moments().get(r.moments().size() - 1);
            assertThat(last.text()).as("%s", length).doesNotContain("new spot").contains("Lean back");
            assertThat(r.total()).as("the routine's length is its stretches'").isEqualTo(
                    r.stretches().stream().map(PlannedStretch::duration).reduce(Duration.ZERO, Duration::plus));
            assertThat(r.total()).isLessThanOrEqualTo(length);
            PlannedStretch ps = r.stretches().get(0);
            long shifts = r.moments().stream().filter(m -> m.text().contains("new spot")).count();
            assertThat(shifts).as("one shift between each two spots").isEqualTo(ps.repetitions() - 1);
        }
    }

    @Test
    void theThoracicRollerEndsOnALeanNotARoll() {
        StretchPreferences only = new StretchPreferences(true, Set.of(), allBut("roller-thoracic-extension"),
                prefs(true, new Kit(false, true, true, false)).atHand());
        Routine r = new RoutinePlanner(CATALOG, new Random(2)).plan(Duration.ofMinutes(5), true, only);
        Moment last = r.moments().get(r.moments().size() - 1);
        assertThat(last.text()).startsWith("Lean back over the roller");
    }

    @Test
    void aFavouriteIsChosenMoreOftenThanWithout() {
        StretchPreferences plain = prefs(false, new Kit(false, false, true, true));
        StretchPreferences favourite = new StretchPreferences(false, Set.of("chair-extension"), Set.of(), plain.atHand());
        assertThat(count(favourite, "chair-extension")).isGreaterThan(count(plain, "chair-extension") + 20);
    }

    private static int count(StretchPreferences prefs, String id) {
        int n = 0;
        for (long seed = 0; seed < 20; seed++) {
            RoutinePlanner p = new RoutinePlanner(CATALOG, new Random(seed));
            for (int i = 0; i < 10; i++) {
                n += (int) p.plan(Duration.ofMinutes(5), true, prefs).stretches().stream()
                        .filter(ps -> ps.stretch().id().equals(id)).count();
            }
        }
        return n;
    }

    private static Set<String> allBut(String id) {
        Set<String> out = new HashSet<>();
        CATALOG.all().forEach(s -> out.add(s.id()));
        out.remove(id);
        return out;
    }
}
