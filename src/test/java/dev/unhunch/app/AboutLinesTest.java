package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.platform.idle.FailoverIdleSource.Described;
import dev.unhunch.platform.idle.FailoverIdleSource.Described.Kind;
import dev.unhunch.ui.i18n.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** About's lines about the run are worded in the language in use, technical names left as they are. */
class AboutLinesTest {

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void germanAboutHasNoEnglish() {
        Texts.setLocale(Locale.GERMAN);
        List<String> lines = UnhunchApp.aboutLines("Kurzpause in 12:30", null,
                new Described(Kind.X11, ":63", List.of()), Path.of("/tmp/unhunch.log"));
        assertThat(lines).containsSubsequence("Jetzt: Kurzpause in 12:30", "Infobereich: nicht gestartet",
                "Aktivität: Tastatur und Maus, wie der X-Server sie meldet", "Protokoll: /tmp/unhunch.log");
        assertThat(UnhunchApp.activityInWords(new Described(Kind.POINTER, "", List.of("X11 SYNC IDLETIME counter: no X"))))
                .isEqualTo("nur Mausbewegungen (Tippen bleibt unbemerkt)");
    }

    @Test
    void frenchSpanishAndPortugueseToo() {
        Texts.useLanguage("fr");
        assertThat(UnhunchApp.aboutLines("", null, null, null)).startsWith(Texts.text("about.tray", Texts.text("about.notStarted")));
        assertThat(Texts.text("about.tray", "x")).startsWith("Ic\u00f4ne de notification");
        Texts.useLanguage("es");
        assertThat(UnhunchApp.activityInWords(new Described(Kind.NONE, "", List.of())))
                .isEqualTo(Texts.text("about.activity.none")).isNotEqualTo("not seen: all time counts as active");
        Texts.useLanguage("pt_BR");
        assertThat(UnhunchApp.aboutLines("", null, null, null)).startsWith("\u00cdcone na \u00e1rea de notifica\u00e7\u00e3o: n\u00e3o iniciado");
    }
}
