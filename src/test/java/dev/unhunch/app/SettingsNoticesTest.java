package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Notice;
import dev.unhunch.core.settings.Problem;
import dev.unhunch.core.settings.Reason;
import dev.unhunch.ui.i18n.Texts;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The start-up notice about an unusable setting names it by its label, in the chosen language. */
class SettingsNoticesTest {

    private final Notice tooLong = Notice.about(new Problem("micro.interval", "15h", "20m",
            "micro.interval: must be between 1m and 4h, was 15h; using 20m", Reason.of(Reason.Code.RANGE, "1m", "4h", "15h")));

    @AfterEach
    void backToEnglish() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void aBadValueIsExplainedInTheChosenLanguage() {
        Texts.setLocale(Locale.ENGLISH);
        assertThat(SettingsNotices.line(tooLong))
                .isEqualTo("A short break after: must be between 1m and 4h, was 15h; using 20m");
        Texts.setLocale(Locale.GERMAN);
        assertThat(SettingsNotices.line(tooLong))
                .isEqualTo("Eine Kurzpause nach: muss zwischen 1m und 4h liegen, war 15h; verwendet wird 20m");
    }

    @Test
    void aMessageAboutTheWholeFileStaysAsWritten() {
        Texts.setLocale(Locale.GERMAN);
        assertThat(SettingsNotices.line(Notice.of("Cannot read /x (denied); using the default settings.")))
                .isEqualTo("Cannot read /x (denied); using the default settings.");
    }

    @Test
    void aFileMovedAsideIsNotAlsoSaidToBeLeftAsItIs() {
        Texts.setLocale(Locale.ENGLISH);
        assertThat(SettingsNotices.intro(java.util.List.of(tooLong))).contains("left as it is");
        assertThat(SettingsNotices.intro(java.util.List.of(tooLong,
                Notice.of("Your settings file could not be read (line 1 is not UTF-8 text). It was moved to /x"))))
                .doesNotContain("left as it is");
    }
}
