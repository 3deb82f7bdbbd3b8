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
    void germanAboutHasNoEnglishAroundTheTechnicalNames() {
        Texts.setLocale(Locale.GERMAN);
        List<String> lines = UnhunchApp.aboutLines("Kurzpause in 12:30", null,
                new Described(Kind.X11, ":63", List.of()), Path.of("/tmp/unhunch.log"));
        assertThat(lines).containsSubsequence("Jetzt: Kurzpause in 12:30", "Infobereich: nicht gestartet",
                "Aktivität: X11-SYNC-Zähler IDLETIME auf Display :63", "Protokoll: /tmp/unhunch.log");
        assertThat(UnhunchApp.activityLine(new Described(Kind.POINTER, "", List.of("X11 SYNC IDLETIME counter: no X"))))
                .isEqualTo("Abfrage der Mauszeigerposition (nur der Mauszeiger; Tastatureingaben werden nicht gesehen)"
                        + " (nicht verwendet: X11 SYNC IDLETIME counter: no X)");
        assertThat(UnhunchApp.activityLine(new Described(Kind.NAMED, "GNOME Mutter IdleMonitor (D-Bus)", List.of())))
                .isEqualTo("GNOME Mutter IdleMonitor (D-Bus)");
    }

    @Test
    void frenchSpanishAndPortugueseToo() {
        Texts.useLanguage("fr");
        assertThat(UnhunchApp.activityLine(new Described(Kind.XWAYLAND, ":1", List.of()))).startsWith("compteur X11 SYNC IDLETIME sur l\u2019\u00e9cran :1, via XWayland");
        Texts.useLanguage("es");
        assertThat(UnhunchApp.activityLine(new Described(Kind.NONE, "", List.of()))).startsWith("ninguna");
        Texts.useLanguage("pt_BR");
        assertThat(UnhunchApp.aboutLines("", null, null, null)).startsWith("\u00c1rea de notifica\u00e7\u00e3o: n\u00e3o iniciada");
    }
}
