package dev.unhunch.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RhythmTest {

    @Test
    void standardIsTheDefaults() {
        assertThat(Rhythm.of(Settings.defaults())).contains(Rhythm.STANDARD);
        assertThat(Rhythm.STANDARD.applyTo(Settings.builder()).build()).isEqualTo(Settings.defaults());
    }

    @Test
    void eachRhythmIsValidAndRecognised() {
        for (Rhythm r : Rhythm.values()) {
            Settings s = r.applyTo(Settings.builder().microEnabled(false)).build();
            assertThat(SettingKeys.validate(s)).as(r.name()).isEmpty();
            assertThat(Rhythm.of(s)).contains(r);
            assertThat(s.micro().enabled()).isTrue();
        }
    }

    @Test
    void frequentBreaksComeMoreOftenThanGentleOnes() {
        assertThat(Rhythm.FREQUENT.microInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(Rhythm.FREQUENT.longInterval()).isLessThan(Rhythm.STANDARD.longInterval());
        assertThat(Rhythm.GENTLE.microInterval()).isGreaterThan(Rhythm.STANDARD.microInterval());
        assertThat(Rhythm.of(Settings.builder().microInterval(Duration.ofMinutes(25)).build())).isEmpty();
    }
}
