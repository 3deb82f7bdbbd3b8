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
}
