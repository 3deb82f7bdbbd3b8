package dev.unhunch.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Reason;
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

/** Every translation has every English key, with the same placeholders, and nothing more. */
class I18nBundlesTest {

    private static final String[] TRANSLATIONS = Texts.SUPPORTED.stream().map(java.util.Locale::getLanguage)
            .filter(l -> !l.equals("en")).toArray(String[]::new);

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
    void everySupportedLanguageHasItsStretchTexts() {
        dev.unhunch.core.stretch.StretchCatalog catalog = dev.unhunch.core.stretch.StretchCatalog.bundled();
        for (String language : TRANSLATIONS) {
            assertThat(dev.unhunch.core.stretch.CatalogTranslation.bundled(catalog,
                    java.util.Locale.forLanguageTag(language))).as("catalog_%s.json", language).isPresent();
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
        Texts.setLocale(java.util.Locale.forLanguageTag("pt-BR"));
        try {
            assertThat(Texts.text("tray.quit")).isEqualTo("Quit");
        } finally {
            Texts.setLocale(java.util.Locale.ENGLISH);
        }
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
