package dev.unhunch.core.stretch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The German stretch texts cover the whole catalog, and a gap in an overlay is refused by name. */
class CatalogTranslationTest {

    private static final StretchCatalog CATALOG = StretchCatalog.bundled();

    private static final String ONE_STRETCH = """
            {"sources":[{"id":"S1","title":"T","author":"A","date":"D"}],"safety":"Stop if it hurts.",
             "stretches":[{"id":"x","name":"X","source":"S1","postures":["SEATED"],"equipment":[],
               "movements":["FLEXION"],"targets":["neck"],"dose":"d","repetitions":1,"perSide":false,
               "timingFromSource":true,"easier":"E",
               "steps":[{"kind":"SETUP","text":"Sit."},{"kind":"HOLD","seconds":30,"text":"Hold."}]}]}""";

    @Test
    void everyBundledTranslationTranslatesEveryStretchAndStep() {
        for (Locale language : new Locale[] {Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"),
                Locale.forLanguageTag("pt-BR")}) {
            CatalogTranslation t = CatalogTranslation.bundled(CATALOG, language).orElseThrow();
            for (Stretch s : CATALOG.all()) {
                CatalogTranslation.StretchWords w = t.of(s);
                assertThat(w.steps()).as(language + " " + s.id()).hasSameSizeAs(s.steps());
                assertThat(w.targets()).as(language + " " + s.id()).hasSameSizeAs(s.targets());
                assertThat(w.cautions()).as(language + " " + s.id()).hasSameSizeAs(s.cautions());
            }
        }
    }

    @Test
    void theBundledGermanTranslatesEveryStretchAndStep() {
        CatalogTranslation german = CatalogTranslation.bundled(CATALOG, Locale.GERMAN).orElseThrow();
        for (Stretch s : CATALOG.all()) {
            CatalogTranslation.StretchWords w = german.of(s);
            assertThat(w.steps()).as(s.id()).hasSameSizeAs(s.steps());
            assertThat(w.name()).as(s.id()).isNotEqualTo(s.name());
            for (int i = 0; i < s.steps().size(); i++) {
                assertThat(w.steps().get(i)).as(s.id() + " step " + i).isNotEqualTo(s.steps().get(i).text());
            }
        }
        assertThat(german.of(CATALOG.byId("neck-side-stretch").orElseThrow()).name())
                .isEqualTo("Seitliche Nackendehnung");
        assertThat(german.safetyNote()).contains("Arzt");
    }

    @Test
    void englishAndLanguagesWithoutATranslationHaveNone() {
        assertThat(CatalogTranslation.bundled(CATALOG, Locale.ENGLISH)).isEmpty();
        assertThat(CatalogTranslation.bundled(CATALOG, Locale.ITALIAN)).isEmpty();
    }

    @Test
    void aCountrysVariantIsFoundBeforeItsLanguage() {
        // catalog_pt_BR.json; Swiss German has no file of its own and gets catalog_de.json
        assertThat(CatalogTranslation.bundled(CATALOG, Locale.forLanguageTag("pt-BR")).orElseThrow()
                .of(CATALOG.byId("neck-side-stretch").orElseThrow()).name()).isEqualTo("Alongamento lateral do pescoço");
        assertThat(CatalogTranslation.bundled(CATALOG, Locale.forLanguageTag("de-CH")).orElseThrow()
                .of(CATALOG.byId("neck-side-stretch").orElseThrow()).name()).isEqualTo("Seitliche Nackendehnung");
    }

    @Test
    void aMissingStepIsRefusedByName() {
        StretchCatalog one = CatalogReader.read(ONE_STRETCH);
        String overlay = """
                {"safety":"S","stretches":{"x":{"name":"N","dose":"D","targets":["T"],
                 "steps":["Sitz."],"easier":"L"}}}""";
        assertThatThrownBy(() -> CatalogTranslation.read(overlay, one)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("'x'").hasMessageContaining("steps").hasMessageContaining("1 texts, the catalog 2");
    }

    @Test
    void aMissingStretchOrVariationIsRefused() {
        StretchCatalog one = CatalogReader.read(ONE_STRETCH);
        assertThatThrownBy(() -> CatalogTranslation.read("{\"safety\":\"S\",\"stretches\":{}}", one))
                .isInstanceOf(CatalogException.class).hasMessageContaining("'x'").hasMessageContaining("missing");
        String noEasier = """
                {"safety":"S","stretches":{"x":{"name":"N","dose":"D","targets":["T"],"steps":["Sitz.","Halt."]}}}""";
        assertThatThrownBy(() -> CatalogTranslation.read(noEasier, one)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("easier");
        String complete = noEasier.replace("\"steps\"", "\"easier\":\"L\",\"steps\"");
        assertThat(CatalogTranslation.read(complete, one).of(one.byId("x").orElseThrow()).steps())
                .containsExactly("Sitz.", "Halt.");
    }
}
