package dev.unhunch.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource({"20m,PT20M", "30s,PT30S", "1h30m,PT1H30M", "1h 30m,PT1H30M", "0,PT0S", "500ms,PT0.5S",
            "2H,PT2H", "PT15M,PT15M", "1h0m5s,PT1H5S", "90m,PT1H30M"})
    void parses(String text, String iso) {
        assertThat(DurationText.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20", "20 months", "m", "30s20m", "1h1h", "-5m", "PT-5M", "1.5h"})
    void rejectsWithHint(String text) {
        assertThatThrownBy(() -> DurationText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use e.g. 20m");
    }

    @ParameterizedTest
    @CsvSource({"PT20M,20m", "PT30S,30s", "PT1H30M,1h30m", "PT0S,0s", "PT1H0.25S,1h250ms", "PT26H,26h"})
    void formats(String iso, String text) {
        assertThat(DurationText.format(Duration.parse(iso))).isEqualTo(text);
        assertThat(DurationText.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @Test
    void clockFace() {
        assertThat(DurationText.clock(Duration.ofSeconds(750))).isEqualTo("12:30");
        assertThat(DurationText.clock(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(DurationText.clock(Duration.ofMillis(100))).isEqualTo("0:01");
        assertThat(DurationText.clock(Duration.ofSeconds(-3))).isEqualTo("0:00");
    }

    @org.junit.jupiter.api.Test
    void unitWordsAsPeopleTypeThemAreRead() {
        org.assertj.core.api.Assertions.assertThat(java.util.stream.Stream.of("20 minutes", "20 min", "20m",
                "20 Minuten", "20 mins", "20 MIN", "20minute").map(DurationText::parse))
                .containsOnly(java.time.Duration.ofMinutes(20));
        org.assertj.core.api.Assertions.assertThat(DurationText.parse("1 hour 30 minutes"))
                .isEqualTo(java.time.Duration.ofMinutes(90));
        org.assertj.core.api.Assertions.assertThat(DurationText.parse("1 Std 5 Sek"))
                .isEqualTo(java.time.Duration.ofSeconds(3605));
        org.assertj.core.api.Assertions.assertThat(DurationText.parse("45 seconds"))
                .isEqualTo(java.time.Duration.ofSeconds(45));
        org.assertj.core.api.Assertions.assertThat(DurationText.parse("250 ms"))
                .isEqualTo(java.time.Duration.ofMillis(250));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DurationText.parse("20 minutesx"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DurationText.parse("20 mo"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
