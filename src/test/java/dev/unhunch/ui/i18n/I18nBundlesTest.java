package dev.unhunch.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Reason;
import dev.unhunch.core.stretch.CatalogTranslation;
import dev.unhunch.core.settings.SettingKey;
import dev.unhunch.core.settings.SettingKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every translation has every English key, with the same placeholders, nothing more, nothing
 * empty, and no English left in it (but for the words every language shares, listed below).
 */
class I18nBundlesTest {

    /** The bundle suffixes of the translations: de, es, fr, pt_BR. */
    private static final String[] TRANSLATIONS = Texts.SUPPORTED.stream().map(java.util.Locale::toString)
            .filter(l -> !l.equals("en")).toArray(String[]::new);

    /**
     * Texts that may read as in English: placeholders only, units and technical names. A key is
     * allowed here for one language at a time ("fr:settings.ok"), or for all ("*:status.join").
     */
    private static final Set<String> SAME_AS_ENGLISH = Set.of(
            "*:status.join", "*:figure.onSide", "*:time.seconds", "*:hint.example", "*:chart.span", "*:reason.other",
            "*:duration.hoursMinutes", "*:duration.hours", "*:duration.minutes",
            "de:settings.ok", "fr:settings.ok", "pt_BR:settings.ok",
            "fr:statusWindow.menu", "pt_BR:statusWindow.menu", "pt_BR:about.log", "pt_BR:about.source", "pt_BR:break.sourceCredit",
            "de:choice.system", "de:notice.in", "de:stats.exportTitle",
            "*:firstRun.minutes", "*:firstRun.hours", "fr:unit.minutes", "de:firstRun.ok", "fr:firstRun.ok", "pt_BR:firstRun.ok");

    @Test
    void noTranslatedTextIsEmptyOrLeftInEnglish() throws IOException {
        Map<String, String> english = load("");
        for (String language : TRANSLATIONS) {
            Map<String, String> translated = load("_" + language);
            for (Map.Entry<String, String> e : translated.entrySet()) {
                assertThat(e.getValue()).as("%s in messages_%s", e.getKey(), language).isNotBlank();
                if (!SAME_AS_ENGLISH.contains("*:" + e.getKey()) && !SAME_AS_ENGLISH.contains(language + ":" + e.getKey())) {
                    assertThat(e.getValue()).as("%s in messages_%s is still the English text", e.getKey(), language)
                            .isNotEqualTo(english.get(e.getKey()));
                }
            }
        }
    }

    @Test
    void everySupportedLanguageHasABundleAndIsNamedInItself() {
        assertThat(Texts.SUPPORTED).extracting(Texts::nameInItself)
                .containsExactly("English", "Deutsch", "Español", "Français", "Português (Brasil)");
        for (java.util.Locale l : Texts.SUPPORTED) {
            Texts.setLocale(l);
            try {
                assertThat(Texts.translation().toString()).isEqualTo(l.equals(java.util.Locale.ENGLISH) ? "" : l.toString());
            } finally {
                Texts.setLocale(java.util.Locale.ENGLISH);
            }
        }
    }

    @Test
    void everyTranslationHasExactlyTheEnglishKeys() throws IOException {
        Map<String, String> english = load("");
        for (String language : TRANSLATIONS) {
            Map<String, String> translated = load("_" + language);
            assertThat(translated.keySet()).as("keys of messages_%s", language)
                    .containsExactlyInAnyOrderElementsOf(english.keySet());
        }
    }

    @Test
    void placeholdersMatchTheEnglishOnes() throws IOException {
        Map<String, String> english = load("");
        for (String language : TRANSLATIONS) {
            Map<String, String> translated = load("_" + language);
            for (Map.Entry<String, String> e : english.entrySet()) {
                assertThat(arguments(translated.get(e.getKey())))
                        .as("placeholders of %s in messages_%s", e.getKey(), language)
                        .isEqualTo(arguments(e.getValue()));
            }
        }
    }

    @Test
    void everySettingAndEveryReasonHasAText() throws IOException {
        Map<String, String> english = load("");
        for (SettingKey<?> key : SettingKeys.ALL) {
            assertThat(english).containsKey(key.labelKey());
        }
        for (Reason.Code code : Reason.Code.values()) {
            assertThat(english).containsKey(code.textKey());
            // the same arguments in the same places as the core's English sentence
            assertThat(arguments(english.get(code.textKey()))).as(code.name())
                    .isEqualTo(arguments(code.englishPattern()));
        }
    }

    @Test
    void everySupportedLanguageHasItsOwnStretchTexts() {
        dev.unhunch.core.stretch.StretchCatalog catalog = dev.unhunch.core.stretch.StretchCatalog.bundled();
        for (java.util.Locale language : Texts.SUPPORTED) {
            if (language.equals(java.util.Locale.ENGLISH)) {
                continue;
            }
            assertThat(CatalogTranslation.class.getResource(String.format(CatalogTranslation.RESOURCE, language)))
                    .as("catalog_%s.json", language).isNotNull();
            CatalogTranslation t = CatalogTranslation.bundled(catalog, language).orElseThrow();
            for (dev.unhunch.core.stretch.Stretch s : catalog.all()) {
                CatalogTranslation.StretchWords w = t.of(s);
                assertThat(w.name()).as("%s name in %s", s.id(), language).isNotEqualTo(s.name());
                assertThat(w.dose()).as("%s dose in %s", s.id(), language).isNotEqualTo(s.dose());
                for (int i = 0; i < s.steps().size(); i++) {
                    assertThat(w.steps().get(i)).as("%s step %d in %s", s.id(), i, language)
                            .isNotEqualTo(s.steps().get(i).text());
                }
                for (int i = 0; i < s.cautions().size(); i++) {
                    assertThat(w.cautions().get(i)).as("%s caution %d in %s", s.id(), i, language)
                            .isNotEqualTo(s.cautions().get(i));
                }
            }
            assertThat(t.safetyNote()).as("safety in %s", language).isNotEqualTo(catalog.safetyNote());
        }
    }

    @Test
    void germanIsReadAsUtf8() {
        Texts.setLocale(java.util.Locale.GERMAN);
        try {
            assertThat(Texts.text("tray.about")).isEqualTo("\u00dcber Unhunch");
            assertThat(Texts.text("stats.streak", 1)).isEqualTo("Tag in Folge");
        } finally {
            Texts.setLocale(java.util.Locale.ENGLISH);
        }
        assertThat(Texts.text("tray.about")).isEqualTo("About Unhunch");
    }

    @Test
    void unsupportedLanguagesFallBackToEnglish() {
        Texts.setLocale(java.util.Locale.ITALIAN);
        try {
            assertThat(Texts.text("tray.quit")).isEqualTo("Quit");
        } finally {
            Texts.setLocale(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void brazilianPortugueseIsFoundHoweverTheSettingSpellsIt() {
        for (String setting : new String[] {"pt-BR", "pt_BR", "PT_br", "pt-PT", "pt"}) {
            Texts.useLanguage(setting);
            try {
                assertThat(Texts.text("tray.quit")).as(setting).isEqualTo("Sair");
                assertThat(Texts.translation()).as(setting).isEqualTo(Texts.PORTUGUESE_BRAZIL);
                dev.unhunch.core.stretch.Stretch neck = dev.unhunch.core.stretch.StretchCatalog.bundled()
                        .byId("neck-side-stretch").orElseThrow();
                assertThat(StretchTexts.name(neck)).as(setting).isEqualTo("Alongamento lateral do pescoço");
            } finally {
                Texts.setLocale(java.util.Locale.ENGLISH);
            }
        }
        assertThat(Texts.resolve("pt_BR")).isEqualTo(Texts.PORTUGUESE_BRAZIL);
        assertThat(dev.unhunch.core.settings.SettingKeys.LANGUAGE.parse("pt_BR")).isEqualTo("pt-BR");
    }

    @Test
    void pluralsFollowEachLanguage() {
        String[][] expected = {{"de", "Tage in Folge", "Tag in Folge", "Tage in Folge"},
                {"fr", "jour d\u2019affil\u00e9e", "jour d\u2019affil\u00e9e", "jours d\u2019affil\u00e9e"},
                {"es", "d\u00edas seguidos", "d\u00eda seguido", "d\u00edas seguidos"},
                {"pt-BR", "dias seguidos", "dia seguido", "dias seguidos"}};
        for (String[] e : expected) {
            Texts.useLanguage(e[0]);
            try {
                assertThat(Texts.text("stats.streak", 0)).as(e[0]).isEqualTo(e[1]);
                assertThat(Texts.text("stats.streak", 1)).as(e[0]).isEqualTo(e[2]);
                assertThat(Texts.text("stats.streak", 2)).as(e[0]).isEqualTo(e[3]);
                assertThat(Texts.text("stats.skippedRecords", 1)).as(e[0]).startsWith("1 ");
                assertThat(Texts.text("stats.skippedRecords", 3)).as(e[0]).startsWith("3 ");
            } finally {
                Texts.setLocale(java.util.Locale.ENGLISH);
            }
        }
    }

    @Test
    void thePseudoLanguageMarksEveryTextLineByLine() {
        Texts.setLocale(Texts.PSEUDO);
        try {
            assertThat(Texts.text("tray.quit")).isEqualTo("\u27e6Quit\u27e7");
            assertThat(Texts.text("dailyLimit.text", "1h", "2h")).contains("\u27e7\n\u27e6");
        } finally {
            Texts.setLocale(java.util.Locale.ENGLISH);
        }
        assertThat(Texts.text("tray.quit")).isEqualTo("Quit");
    }

    /** The placeholder indices a pattern uses; also fails on a pattern MessageFormat cannot read. */
    private static Set<Integer> arguments(String pattern) {
        MessageFormat format = new MessageFormat(pattern);
        Set<Integer> used = new TreeSet<>();
        Format[] byArgument = format.getFormatsByArgumentIndex();
        // formats are null for plain {n}; count indices by formatting with markers instead
        Object[] markers = new Object[Math.max(byArgument.length, 10)];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = i < byArgument.length && byArgument[i] != null ? (Object) 2 : "\u0001" + i + "\u0002";
        }
        String out = format.format(markers);
        for (int i = 0; i < markers.length; i++) {
            if (out.contains("\u0001" + i + "\u0002") || i < byArgument.length && byArgument[i] != null) {
                used.add(i);
            }
        }
        return used;
    }

    private static Map<String, String> load(String suffix) throws IOException {
        String name = "/dev/unhunch/i18n/messages" + suffix + ".properties";
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            p.forEach((k, v) -> map.put((String) k, (String) v));
            return map;
        }
    }
}
