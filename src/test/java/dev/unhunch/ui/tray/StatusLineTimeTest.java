package dev.unhunch.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.ui.i18n.Texts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tray's "paused until" time: local, to the nearest minute, with the date when far off. */
class StatusLineTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    private static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(BERLIN);
    }

    @Test
    void roundedToTheMinuteAndDatedWhenFarOff() {
        Texts.setLocale(Locale.ENGLISH);
        assertThat(StatusLine.time(at("2026-11-23T10:10:29.9"), TODAY)).isEqualTo("10:10");
        assertThat(StatusLine.time(at("2026-11-23T10:10:30"), TODAY)).isEqualTo("10:11");
        assertThat(StatusLine.time(at("2026-11-26T13:30:00"), TODAY)).isEqualTo("Thu 13:30");
        assertThat(StatusLine.time(at("2038-05-05T11:58:47.391472666"), TODAY)).isEqualTo("May 5, 2038 11:59");
        Texts.setLocale(Locale.GERMAN);
        assertThat(StatusLine.time(at("2038-05-05T11:58:47.391472666"), TODAY)).isEqualTo("05.05.2038 11:59");
    }
}
