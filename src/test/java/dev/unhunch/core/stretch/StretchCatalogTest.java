package dev.unhunch.core.stretch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StretchCatalogTest {

    private final StretchCatalog catalog = StretchCatalog.bundled();

    /** id, posture(s), reps min, reps max, per side, then the first cycle step's hold min/max (from the facts). */
    private record Expected(String id, Set<Posture> postures, int repsMin, int repsMax, boolean perSide,
            int holdMin, int holdMax) {
    }

    private static final List<Expected> FACTS = List.of(
            new Expected("shoulder-rolls", Set.of(Posture.SEATED, Posture.STANDING), 1, 1, false, 60, 60),
            new Expected("neck-side-stretch", Set.of(Posture.SEATED), 3, 3, true, 30, 30),
            new Expected("chair-twist", Set.of(Posture.SEATED), 3, 3, true, 20, 30),
            new Expected("chair-extension", Set.of(Posture.SEATED), 10, 20, false, 3, 5),
            new Expected("arm-press-curl", Set.of(Posture.SEATED, Posture.STANDING), 1, 1, false, 15, 20),
            new Expected("corner-stretch", Set.of(Posture.STANDING), 3, 3, false, 30, 30),
            new Expected("doorway-pec-stretch", Set.of(Posture.STANDING), 1, 1, false, 30, 30),
            new Expected("chair-thoracic-extension", Set.of(Posture.SEATED), 1, 1, false, 30, 120),
            new Expected("cat-cow", Set.of(Posture.ALL_FOURS), 5, 10, false, 4, 4),
            new Expected("cat-stretch", Set.of(Posture.ALL_FOURS), 5, 5, false, 10, 10),
            new Expected("childs-pose", Set.of(Posture.ALL_FOURS), 3, 5, false, 20, 30),
            new Expected("childs-pose-rotation", Set.of(Posture.ALL_FOURS), 1, 1, true, 30, 30),
            new Expected("thread-the-needle", Set.of(Posture.ALL_FOURS), 10, 20, true, 3, 5),
            new Expected("side-lying-rotation", Set.of(Posture.LYING), 1, 10, true, 3, 3),
            new Expected("arm-openings", Set.of(Posture.LYING), 5, 5, true, 20, 30),
            new Expected("roller-stretch", Set.of(Posture.LYING), 1, 1, false, 600, 600),
            new Expected("upper-back-rolls", Set.of(Posture.LYING), 2, 3, false, 60, 120),
            new Expected("roller-thoracic-extension", Set.of(Posture.LYING), 3, 5, false, 20, 20));

    @Test
    void holdsEveryStretchOfTheFactsWithItsDose() {
        assertThat(catalog.all()).extracting(Stretch::id)
                .containsExactlyInAnyOrderElementsOf(FACTS.stream().map(Expected::id).toList());
        for (Expected e : FACTS) {
            Stretch s = catalog.byId(e.id()).orElseThrow();
            assertThat(s.postures()).as(e.id()).isEqualTo(e.postures());
            assertThat(s.repetitions()).as(e.id()).isEqualTo(new SecondsRange(e.repsMin(), e.repsMax()));
            assertThat(s.perSide()).as(e.id()).isEqualTo(e.perSide());
            assertThat(s.cycle().get(0).hold()).as(e.id()).isEqualTo(new SecondsRange(e.holdMin(), e.holdMax()));
            assertThat(s.steps()).as(e.id()).isNotEmpty().allSatisfy(st -> assertThat(st.text()).endsWith("."));
            assertThat(s.source().id()).as(e.id()).isIn("S1", "S2");
        }
    }

    @Test
    void keepsTheSecondHalfOfTwoPartDoses() {
        // shoulder rolls: about a minute in each direction; cat stretch and thread the needle: both ways
        assertThat(hold("shoulder-rolls", 1)).isEqualTo(SecondsRange.of(60));
        assertThat(hold("cat-stretch", 1)).isEqualTo(SecondsRange.of(10));
        assertThat(hold("thread-the-needle", 1)).isEqualTo(new SecondsRange(3, 5));
        assertThat(catalog.byId("chair-extension").orElseThrow().cycle().get(1).kind()).isEqualTo(StepKind.REST);
    }

    private SecondsRange hold(String id, int cycleStep) {
        return catalog.byId(id).orElseThrow().cycle().get(cycleStep).hold();
    }

    @Test
    void knowsWhichStretchesFitADesk() {
        assertThat(catalog.all().stream().filter(Stretch::deskFriendly).map(Stretch::id))
                .containsExactlyInAnyOrder("shoulder-rolls", "neck-side-stretch", "chair-twist", "chair-extension",
                        "arm-press-curl", "corner-stretch", "doorway-pec-stretch", "chair-thoracic-extension");
        assertThat(catalog.all().stream().filter(Stretch::onFloor)).hasSize(10);
    }

    @Test
    void creditsBothSourcesAndCarriesASafetyLine() {
        assertThat(catalog.sources()).extracting(Source::id).containsExactly("S1", "S2");
        assertThat(catalog.credits()).contains("Sherwin Garcia").contains("Chloe Wilson")
                .contains("Upper Back Stretches To Relieve Back Pain").contains("Stretches For Upper Back Pain");
        assertThat(catalog.safetyNote()).containsIgnoringCase("stop").containsIgnoringCase("doctor");
    }

    @Test
    void everyStretchOfferedVariationsWhereTheFactsGiveThem() {
        for (String id : List.of("neck-side-stretch", "chair-twist", "chair-extension", "arm-press-curl",
                "corner-stretch", "childs-pose", "arm-openings", "upper-back-rolls", "roller-stretch")) {
            assertThat(catalog.byId(id).orElseThrow().harder()).as(id).isPresent();
        }
        assertThat(catalog.byId("childs-pose-rotation").orElseThrow().easier()).isPresent();
    }
}
