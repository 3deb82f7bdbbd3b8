package dev.unhunch.core.breaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PauseTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime EIGHT = LocalTime.of(8, 0);

    private static LocalDateTime next(String now) {
        return Pause.nextMorning(ZonedDateTime.of(LocalDateTime.parse(now), BERLIN), EIGHT).toLocalDateTime();
    }

    @Test
    void untilTomorrowMeansTheNextMorningAtLeastAnHourAway() {
        assertThat(next("2026-11-23T17:45")).isEqualTo(LocalDateTime.parse("2026-11-24T08:00"));
        assertThat(next("2026-11-24T01:00")).isEqualTo(LocalDateTime.parse("2026-11-24T08:00"));
        assertThat(next("2026-11-24T07:30")).isEqualTo(LocalDateTime.parse("2026-11-25T08:00"));
        // across the spring DST change the local hour is kept
        assertThat(next("2027-03-27T22:00")).isEqualTo(LocalDateTime.parse("2027-03-28T08:00"));
    }

    @Test
    void aTimedPauseMustBeLongerThanZero() {
        assertThatThrownBy(() -> PauseRequest.of(Duration.ZERO)).hasMessageContaining("longer than zero");
        assertThat(PauseRequest.of(Duration.ofMinutes(30))).isEqualTo(new PauseRequest.For(Duration.ofMinutes(30)));
    }
}
