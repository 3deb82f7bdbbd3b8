package dev.unhunch.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private final WorkingHours hours = WorkingHours.parse("mon-fri 09:00-12:30,13:30-17:30; sat 10:00-12:00");

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE);
    }

    @Test
    void containsWeekdayRangesWithLunchGap() {
        // 2026-11-23 is a Monday
        assertThat(hours.contains(at("2026-11-23T08:59"))).isFalse();
        assertThat(hours.contains(at("2026-11-23T09:00"))).isTrue();
        assertThat(hours.contains(at("2026-11-23T12:30"))).isFalse();
        assertThat(hours.contains(at("2026-11-23T13:30"))).isTrue();
        assertThat(hours.contains(at("2026-11-28T11:00"))).isTrue();
        assertThat(hours.contains(at("2026-11-29T11:00"))).isFalse();
    }

    @Test
    void formatIsNormalisedAndRoundTrips() {
        assertThat(hours.format()).isEqualTo(
                "mon 09:00-12:30,13:30-17:30; tue 09:00-12:30,13:30-17:30; wed 09:00-12:30,13:30-17:30; "
                        + "thu 09:00-12:30,13:30-17:30; fri 09:00-12:30,13:30-17:30; sat 10:00-12:00");
        assertThat(WorkingHours.parse(hours.format())).isEqualTo(hours);
        assertThat(WorkingHours.parse("").isAlways()).isTrue();
        assertThat(WorkingHours.parse("sat-sun 22:00-24:00").contains(at("2026-11-29T23:59"))).isTrue();
    }

    @Test
    void nextStart() {
        assertThat(hours.nextStart(LocalDateTime.parse("2026-11-23T12:40")))
                .contains(LocalDateTime.parse("2026-11-23T13:30"));
        assertThat(hours.nextStart(LocalDateTime.parse("2026-11-28T18:00")))
                .contains(LocalDateTime.parse("2026-11-30T09:00"));
    }

    @Test
    void explainsMistakes() {
        assertThatThrownBy(() -> WorkingHours.parse("mon-fri 17:00-09:00")).hasMessageContaining("end must be after");
        assertThatThrownBy(() -> WorkingHours.parse("mnd 09:00-17:00")).hasMessageContaining("not a weekday");
        assertThatThrownBy(() -> WorkingHours.parse("mon 9-17")).hasMessageContaining("not a time");
        assertThatThrownBy(() -> WorkingHours.parse("09:00-17:00")).hasMessageContaining("needs days and hours");
    }

    @Test
    void readsDayNamesInTheLanguagesTheWindowsSpeakAndWritesEnglish() {
        String english = hours.format();
        for (String local : new String[] {"Mo-Fr 09:00-12:30,13:30-17:30; Sa 10:00-12:00",
                "lun.-ven. 09:00-12:30,13:30-17:30; samedi 10:00-12:00",
                "lun-vie 09:00-12:30,13:30-17:30; Sáb 10:00-12:00",
                "seg-sex 09:00-12:30,13:30-17:30; sábado 10:00-12:00",
                "segunda-feira-sexta-feira 09:00-12:30,13:30-17:30; sab 10:00-12:00",
                "Montag-Freitag 09:00-12:30,13:30-17:30; Samstag 10:00-12:00"}) {
            assertThat(WorkingHours.parse(local).format()).as(local).isEqualTo(english);
        }
        assertThat(WorkingHours.parse("mié 09:00-10:00").ranges(java.time.DayOfWeek.WEDNESDAY)).hasSize(1);
        assertThat(WorkingHours.parse("Do 09:00-10:00").ranges(java.time.DayOfWeek.THURSDAY)).hasSize(1);
        assertThat(WorkingHours.parse("dim 09:00-10:00").ranges(java.time.DayOfWeek.SUNDAY)).hasSize(1);
    }

    @Test
    void showsDayNamesInALanguageThatReadBackTheSame() {
        assertThat(hours.format(java.util.Locale.GERMAN)).startsWith("Mo 09:00-12:30,13:30-17:30; Di 09:00")
                .endsWith("; Sa 10:00-12:00");
        assertThat(hours.format(java.util.Locale.FRENCH)).startsWith("lun 09:00");
        assertThat(hours.format(java.util.Locale.forLanguageTag("es"))).contains("mié 09:00").endsWith("sáb 10:00-12:00");
        assertThat(hours.format(java.util.Locale.forLanguageTag("pt-BR"))).startsWith("seg 09:00");
        assertThat(hours.format(java.util.Locale.ENGLISH)).isEqualTo(hours.format());
        for (java.util.Locale l : WorkingHours.DAY_NAME_LANGUAGES) {
            assertThat(WorkingHours.parse(hours.format(l))).as(l.toString()).isEqualTo(hours);
        }
    }

    @Test
    void noDayNameOfAnotherLanguageIsAnEnglishOneOrTwoDays() {
        // the map is built refusing a name for two days; here: English's three letters, read
        // first, never take a name to another day ("Montag" starts like "mon" and is Monday)
        java.util.List<String> english = java.util.List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
        WorkingHours.localDayNamesForTest().forEach((name, day) -> {
            int i = name.length() >= 3 ? english.indexOf(name.substring(0, 3)) : -1;
            if (i >= 0) {
                assertThat(java.time.DayOfWeek.values()[i]).as(name).isEqualTo(day);
            }
        });
        assertThat(WorkingHours.localDayNamesForTest()).containsEntry("mo", java.time.DayOfWeek.MONDAY)
                .containsEntry("mar", java.time.DayOfWeek.TUESDAY).containsEntry("qua", java.time.DayOfWeek.WEDNESDAY);
    }
}
