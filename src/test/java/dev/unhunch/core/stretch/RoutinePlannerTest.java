package dev.unhunch.core.stretch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutinePlannerTest {

    private static final StretchCatalog CATALOG = StretchCatalog.bundled();
    private static final StretchPreferences DEFAULTS = StretchPreferences.defaults();
    private static final StretchPreferences AT_HOME = new StretchPreferences(true, Set.of(), Set.of());

    private static RoutinePlanner planner(long seed) {
        return new RoutinePlanner(CATALOG, new Random(seed));
    }

    @Test
    void aThirtySecondMicroBreakGetsOneShortDeskStretch() {
        for (long seed = 0; seed < 30; seed++) {
            Routine r = planner(seed).plan(Duration.ofSeconds(30), false, DEFAULTS);
            assertThat(r.stretches()).as("seed %d", seed).hasSize(1);
            assertThat(r.total()).isLessThanOrEqualTo(Duration.ofSeconds(30)).isGreaterThan(Duration.ofSeconds(15));
            Stretch s = r.stretches().get(0).stretch();
            assertThat(s.deskFriendly()).isTrue();
        }
    }

    @Test
    void offersTheNeckStretchOnlyWhenAFullHoldFitsOnEachSide() {
        StretchPreferences onlyNeck = new StretchPreferences(false, Set.of(), allBut("neck-side-stretch"));
        assertThat(planner(1).plan(Duration.ofSeconds(30), false, onlyNeck).isEmpty())
                .as("30 s cannot hold 30 s on each side").isTrue();
        Routine micro = planner(1).plan(Duration.ofSeconds(75), false, onlyNeck);
        PlannedStretch ps = micro.stretches().get(0);
        assertThat(ps.repetitions()).isEqualTo(1);
        assertThat(ps.scaledDown()).isTrue();
        assertThat(ps.fullRepetitions()).isEqualTo(3);
        assertThat(ps.cycleSeconds()).containsExactly(30);
        assertThat(micro.moments()).extracting(Moment::side).containsExactly(Side.LEFT, Side.RIGHT);
        assertThat(micro.moments()).extracting(Moment::hold).containsOnly(Duration.ofSeconds(30));
        Routine quick = planner(1).quickStretch(onlyNeck);
        assertThat(quick.stretches().get(0).repetitions()).isEqualTo(2);
        assertThat(quick.total()).isLessThanOrEqualTo(RoutinePlanner.QUICK_LENGTH);
    }

    @Test
    void keepsTheFullDoseWhenThereIsTime() {
        Routine r = planner(1).plan(Duration.ofMinutes(4), true,
                new StretchPreferences(false, Set.of(), allBut("neck-side-stretch")));
        PlannedStretch ps = r.stretches().get(0);
        assertThat(ps.repetitions()).isEqualTo(3);
        assertThat(ps.cycleSeconds()).containsExactly(30);
        assertThat(ps.scaledDown()).isFalse();
    }

    @Test
    void aFiveMinuteLongBreakGetsSeveralStretchesThatFit() {
        for (long seed = 0; seed < 30; seed++) {
            Routine r = planner(seed).plan(Duration.ofMinutes(5), true, DEFAULTS);
            assertThat(r.stretches().size()).as("seed %d", seed).isBetween(3, 6);
            assertThat(r.total()).isLessThanOrEqualTo(Duration.ofMinutes(5)).isGreaterThan(Duration.ofMinutes(3));
            assertThat(r.stretches()).extracting(ps -> ps.stretch().id()).doesNotHaveDuplicates();
            Set<Movement.Family> families = new java.util.HashSet<>();
            r.stretches().forEach(ps -> families.addAll(ps.stretch().families()));
            assertThat(families).as("mixed within a long break").hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 31, 45, 61, 97, 119, 150, 233, 420, 601, 1200})
    void oddLengthsNeverOverrun(int seconds) {
        for (boolean longBreak : new boolean[] {false, true}) {
            for (StretchPreferences prefs : List.of(DEFAULTS, AT_HOME)) {
                RoutinePlanner p = planner(seconds);
                for (int i = 0; i < 5; i++) {
                    Routine r = p.plan(Duration.ofSeconds(seconds), longBreak, prefs);
                    assertThat(r.total()).isLessThanOrEqualTo(Duration.ofSeconds(seconds));
                    assertThat(r.moments().stream().map(Moment::duration).reduce(Duration.ZERO, Duration::plus))
                            .isEqualTo(r.total());
                    if (seconds >= 30) {
                        assertThat(r.isEmpty()).as("%ds", seconds).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void balancesFlexionExtensionAndRotationOverTwentyBreaks() {
        for (long seed = 0; seed < 10; seed++) {
            RoutinePlanner p = planner(seed);
            Map<Movement.Family, Integer> counts = new EnumMap<>(Movement.Family.class);
            for (int i = 0; i < 20; i++) {
                // 90 s: every desk stretch but the two-minute shoulder rolls gets full holds
                Routine r = p.plan(Duration.ofSeconds(90), false, DEFAULTS);
                r.stretches().forEach(ps -> ps.stretch().families().forEach(f -> counts.merge(f, 1, Integer::sum)));
            }
            assertThat(counts.getOrDefault(Movement.Family.FLEXION, 0)).as("flexion, seed %d", seed).isGreaterThanOrEqualTo(4);
            assertThat(counts.getOrDefault(Movement.Family.EXTENSION, 0)).as("extension, seed %d", seed).isBetween(4, 20);
            assertThat(counts.getOrDefault(Movement.Family.ROTATION, 0)).as("rotation, seed %d", seed).isGreaterThanOrEqualTo(3);
            assertThat(counts.getOrDefault(Movement.Family.NECK_AND_SHOULDERS, 0)).as("neck, seed %d", seed).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void doesNotRepeatWithinTheWindow() {
        RoutinePlanner p = planner(7);
        String last = "";
        for (int i = 0; i < 40; i++) {
            Routine r = p.plan(Duration.ofSeconds(90), false, DEFAULTS);
            last = r.stretches().get(r.stretches().size() - 1).stretch().id();
        }
        List<String> ids = p.recentHistory();
        for (int i = 0; i < ids.size(); i++) {
            List<String> before = ids.subList(Math.max(0, i - RoutinePlanner.REPEAT_WINDOW), i);
            assertThat(before).as("pick %d", i).doesNotContain(ids.get(i));
        }
        assertThat(ids).contains(last);
    }

    @Test
    void byDefaultNeverOffersFloorOrLyingStretches() {
        RoutinePlanner p = planner(3);
        for (int i = 0; i < 30; i++) {
            Routine r = p.plan(Duration.ofMinutes(i % 2 == 0 ? 5 : 10), true, DEFAULTS);
            assertThat(r.stretches()).allSatisfy(ps -> assertThat(ps.stretch().deskFriendly()).isTrue());
        }
    }

    @Test
    void atHomeAllowsFloorStretchesOnlyInLongBreaks() {
        RoutinePlanner p = planner(4);
        boolean sawFloor = false;
        for (int i = 0; i < 30; i++) {
            Routine micro = p.plan(Duration.ofSeconds(60), false, AT_HOME);
            assertThat(micro.stretches()).allSatisfy(ps -> assertThat(ps.stretch().onFloor()).isFalse());
            Routine longOne = p.plan(Duration.ofMinutes(8), true, AT_HOME);
            sawFloor |= longOne.stretches().stream().anyMatch(ps -> ps.stretch().onFloor());
        }
        assertThat(sawFloor).isTrue();
    }

    @Test
    void honoursNeverShow() {
        StretchPreferences prefs = new StretchPreferences(true, Set.of(), Set.of("chair-twist", "cat-cow", "shoulder-rolls"));
        RoutinePlanner p = planner(5);
        for (int i = 0; i < 40; i++) {
            Routine r = p.plan(Duration.ofSeconds(i % 3 == 0 ? 30 : 300), i % 3 != 0, prefs);
            assertThat(r.stretches()).extracting(ps -> ps.stretch().id())
                    .doesNotContain("chair-twist", "cat-cow", "shoulder-rolls");
        }
    }

    @Test
    void prefersFavourites() {
        int with = 0;
        int without = 0;
        for (long seed = 0; seed < 10; seed++) {
            with += count(planner(seed), new StretchPreferences(false, Set.of("doorway-pec-stretch"), Set.of()));
            without += count(planner(seed), DEFAULTS);
        }
        assertThat(with).isGreaterThan(without + 5);
    }

    private static int count(RoutinePlanner p, StretchPreferences prefs) {
        int n = 0;
        for (int i = 0; i < 20; i++) {
            if (p.plan(Duration.ofSeconds(90), false, prefs).stretches().stream()
                    .anyMatch(ps -> ps.stretch().id().equals("doorway-pec-stretch"))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void quickStretchIsOneSeatedDeskStretch() {
        RoutinePlanner p = planner(9);
        for (int i = 0; i < 20; i++) {
            Routine r = p.quickStretch();
            assertThat(r.stretches()).singleElement().satisfies(ps -> {
                assertThat(ps.stretch().seated()).isTrue();
                assertThat(ps.stretch().deskFriendly()).isTrue();
            });
            assertThat(r.total()).isLessThanOrEqualTo(RoutinePlanner.QUICK_LENGTH);
        }
    }

    @Test
    void isRepeatableForTheSameSeedAndHistory() {
        RoutinePlanner a = planner(42);
        RoutinePlanner b = planner(42);
        for (int i = 0; i < 10; i++) {
            assertThat(a.plan(Duration.ofMinutes(5), true, AT_HOME).toString())
                    .isEqualTo(b.plan(Duration.ofMinutes(5), true, AT_HOME).toString());
        }
        RoutinePlanner c = planner(1);
        c.restoreHistory(List.of("neck-side-stretch", "chair-twist"));
        assertThat(c.recentHistory()).containsExactly("neck-side-stretch", "chair-twist");
        assertThat(c.plan(Duration.ofSeconds(30), false, DEFAULTS).stretches().get(0).stretch().id())
                .isNotIn("neck-side-stretch", "chair-twist");
    }

    private static Set<String> allBut(String id) {
        Set<String> out = new java.util.HashSet<>();
        CATALOG.all().forEach(s -> out.add(s.id()));
        out.remove(id);
        return out;
    }
}
