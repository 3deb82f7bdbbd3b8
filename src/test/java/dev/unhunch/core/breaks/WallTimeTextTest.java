package dev.unhunch.core.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times shown to people are local and rounded to the minute, never raw instants. */
class WallTimeTextTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z"); // Monday 09:00 in Berlin

    private static String at(String instant) {
        return StatusText.wallTime(Instant.parse(instant), NOW, BERLIN);
    }

    @Test
    void localRoundedAndOnlyAsLongAsNeeded() {
        assertThat(at("2026-11-23T09:10:29.999Z")).isEqualTo("10:10");
        assertThat(at("2026-11-23T09:10:30Z")).isEqualTo("10:11");
        assertThat(at("2026-11-24T07:00:00Z")).isEqualTo("tomorrow 08:00");
        assertThat(at("2026-11-26T12:30:00Z")).isEqualTo("Thu 13:30");
        assertThat(at("2038-05-05T09:58:47.391472666Z")).isEqualTo("2038-05-05 11:59");
        assertThat(at("2026-11-23T22:59:45Z")).isEqualTo("tomorrow 00:00");
    }

    @Test
    void theEngineRefusesASnoozeOrPauseBeyondAYear() {
        Timeline tl = new Timeline(dev.unhunch.core.settings.Settings.defaults());
        assertThat(tl.command("snooze", e -> e.snooze(java.time.Duration.ofDays(366))).message())
                .contains("at most 8760h");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PauseRequest.of(java.time.Duration.ofHours(3_000_000)))
                .hasMessageContaining("longer than a year");
        assertThat(tl.command("pause", e -> e.pause(PauseRequest.of(PauseRequest.LONGEST))).accepted()).isTrue();
    }
}
