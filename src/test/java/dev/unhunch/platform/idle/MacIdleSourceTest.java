package dev.unhunch.platform.idle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.core.activity.IdleSourceUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The seconds-to-duration conversion of {@link MacIdleSource}; CoreGraphics needs macOS. */
class MacIdleSourceTest {

    @Test
    void wholeSeconds() {
        assertThat(MacIdleSource.fromSeconds(42.0)).isEqualTo(Duration.ofSeconds(42));
    }

    @Test
    void fractionalSecondsKeepMicroseconds() {
        assertThat(MacIdleSource.fromSeconds(1.5)).isEqualTo(Duration.ofMillis(1_500));
        assertThat(MacIdleSource.fromSeconds(0.140_25)).isEqualTo(Duration.ofNanos(140_250_000));
        assertThat(MacIdleSource.fromSeconds(3_600.000_001)).isEqualTo(Duration.ofHours(1).plusNanos(1_000));
    }

    @Test
    void zeroAndNegativeAreZero() {
        assertThat(MacIdleSource.fromSeconds(0.0)).isZero();
        assertThat(MacIdleSource.fromSeconds(-0.0)).isZero();
        assertThat(MacIdleSource.fromSeconds(-3.2)).isZero();
    }

    @Test
    void nanAndInfinityMeanTheSourceIsBroken() {
        assertThatThrownBy(() -> MacIdleSource.fromSeconds(Double.NaN)).isInstanceOf(IdleSourceUnavailableException.class);
        assertThatThrownBy(() -> MacIdleSource.fromSeconds(Double.POSITIVE_INFINITY))
                .isInstanceOf(IdleSourceUnavailableException.class);
    }

    @Test
    void longIdleDoesNotOverflow() {
        assertThat(MacIdleSource.fromSeconds(86_400.0 * 400)).isEqualTo(Duration.ofDays(400));
    }

    @Test
    void anyInputEventTypeIsAllBitsSet() {
        assertThat(Integer.toUnsignedLong(MacIdleSource.ANY_INPUT_EVENT_TYPE)).isEqualTo(0xFFFF_FFFFL);
        assertThat(MacIdleSource.COMBINED_SESSION_STATE).isZero();
    }
}
