package dev.unhunch.core.stretch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogValidationTest {

    private static final String HEAD = """
            {"sources":[{"id":"S1","title":"T","author":"A","date":"D"}],
             "safety":"Stop if it hurts.","stretches":[""";

    private static String stretch(String overrides) {
        String base = """
                "id":"x","name":"X","source":"S1","postures":["SEATED"],"equipment":[],
                "movements":["FLEXION"],"targets":["neck"],"dose":"d","repetitions":1,
                "perSide":false,"timingFromSource":true""";
        return "{" + base + "," + overrides + "}";
    }

    private static final String GOOD_STEPS = "\"steps\":[{\"kind\":\"HOLD\",\"seconds\":30,\"text\":\"Hold.\"}]";

    private static StretchCatalog read(String... stretches) {
        return CatalogReader.read(HEAD + String.join(",", stretches) + "]}");
    }

    @Test
    void readsAMinimalStretch() {
        StretchCatalog c = read(stretch(GOOD_STEPS));
        assertThat(c.byId("x")).get().extracting(s -> s.cycle().get(0).hold()).isEqualTo(SecondsRange.of(30));
    }

    @Test
    void rejectsAnUnknownPosture() {
        assertThatThrownBy(() -> read(stretch(GOOD_STEPS).replace("\"SEATED\"", "\"FLOATING\"")))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("'x'").hasMessageContaining("postures").hasMessageContaining("FLOATING");
    }

    @Test
    void rejectsMissingSteps() {
        assertThatThrownBy(() -> read(stretch("\"other\":1")))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("'x'").hasMessageContaining("'steps'");
    }

    @Test
    void rejectsOnlySetupSteps() {
        assertThatThrownBy(() -> read(stretch("\"steps\":[{\"kind\":\"SETUP\",\"text\":\"Sit.\"}]")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("timed step");
    }

    @Test
    void rejectsAZeroSecondHold() {
        assertThatThrownBy(() -> read(stretch(GOOD_STEPS.replace("30", "0"))))
                .isInstanceOf(CatalogException.class)
                .satisfies(e -> {
                    CatalogException ce = (CatalogException) e;
                    assertThat(ce.stretchId()).isEqualTo("x");
                    assertThat(ce.field()).isEqualTo("steps[0].seconds");
                })
                .hasMessageContaining("at least 1");
    }

    @Test
    void rejectsAnUpsideDownRange() {
        assertThatThrownBy(() -> read(stretch(GOOD_STEPS.replace("30", "{\"min\":30,\"max\":20}"))))
                .isInstanceOf(CatalogException.class).hasMessageContaining("steps[0].seconds")
                .hasMessageContaining("below min");
    }

    @Test
    void rejectsAHoldWithoutSeconds() {
        assertThatThrownBy(() -> read(stretch("\"steps\":[{\"kind\":\"HOLD\",\"text\":\"Hold.\"}]")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("steps[0].seconds");
    }

    @Test
    void rejectsAnUnknownSourceAndDuplicateIds() {
        assertThatThrownBy(() -> read(stretch(GOOD_STEPS).replace("\"S1\",\"postures\"", "\"S9\",\"postures\"")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("source").hasMessageContaining("S9");
        assertThatThrownBy(() -> read(stretch(GOOD_STEPS), stretch(GOOD_STEPS)))
                .isInstanceOf(CatalogException.class).hasMessageContaining("more than once");
    }

    @Test
    void rejectsAMissingIdAndBadJson() {
        assertThatThrownBy(() -> read(stretch(GOOD_STEPS).replace("\"id\":\"x\",", "")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("#0").hasMessageContaining("'id'");
        assertThatThrownBy(() -> CatalogReader.read("{not json"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void rejectsAnUnknownStepKindAndMissingPerSide() {
        assertThatThrownBy(() -> read(stretch(GOOD_STEPS.replace("HOLD", "WIGGLE"))))
                .isInstanceOf(CatalogException.class).hasMessageContaining("steps[0].kind");
        assertThatThrownBy(() -> read(stretch(GOOD_STEPS).replace("\"perSide\":false,", "")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("perSide");
    }
}
