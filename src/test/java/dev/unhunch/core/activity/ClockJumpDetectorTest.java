package dev.unhunch.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockJumpDetectorTest {

    private final ClockJumpDetector detector = new ClockJumpDetector();
    private final Instant start = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void wallRunningAheadOfMonotonicTimeIsSleep() {
        detector.observe(0, start);
        assertThat(detector.observe(1_000_000_000L, start.plusSeconds(1))).isZero();
        assertThat(detector.observe(2_000_000_000L, start.plusSeconds(3 * 3600 + 2)))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void jitterAndBackwardJumpsAreIgnored() {
        detector.observe(0, start);
        assertThat(detector.observe(10_000_000_000L, start.plusSeconds(25))).isZero();
        assertThat(detector.observe(11_000_000_000L, start.minusSeconds(3600))).isZero();
        assertThat(detector.observe(12_000_000_000L, start.minusSeconds(3599))).isZero();
    }
}
