package dev.unhunch.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ActivityMonitorTest {

    private static final long S = 1_000_000_000L;
    private final ActivityMonitor monitor = new ActivityMonitor(Settings.defaults().activity());
    private long counted;

    private ActivityReading at(long second, double idleSeconds) {
        ActivityReading r = monitor.observe(second * S, Duration.ofMillis((long) (idleSeconds * 1000)));
        counted += r.activeDelta().toNanos();
        return r;
    }

    @Test
    void sustainedInputMakesTheUserActiveAndCountsFromItsStart() {
        at(0, 100);
        at(1, 0);
        assertThat(at(2, 0).state()).isEqualTo(ActivityState.IDLE);
        assertThat(at(3, 0).state()).isEqualTo(ActivityState.ACTIVE);
        assertThat(Duration.ofNanos(counted)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aSingleNudgeIsNoise() {
        at(0, 600);
        at(1, 0.2);
        for (int s = 2; s <= 20; s++) {
            assertThat(at(s, s - 0.8).state()).isEqualTo(ActivityState.IDLE);
        }
        assertThat(counted).isZero();
    }

    @Test
    void aNudgeAtCoarseTicksIsNoiseToo() {
        at(0, 600);
        at(10, 0.5);
        assertThat(at(20, 10.5).state()).isEqualTo(ActivityState.IDLE);
        assertThat(counted).isZero();
    }

    @Test
    void pauseUnderTheIdleThresholdCountsButALongerOneDoesNot() {
        at(0, 100);
        for (int s = 1; s <= 10; s++) {
            at(s, 0);
        }
        for (int s = 11; s <= 18; s++) {
            at(s, s - 10); // 8 s pause
        }
        assertThat(at(19, 0).state()).isEqualTo(ActivityState.ACTIVE);
        assertThat(Duration.ofNanos(counted)).isEqualTo(Duration.ofSeconds(19));
        for (int s = 20; s <= 40; s++) {
            at(s, s - 19); // 21 s pause: idle from 29 s on
        }
        assertThat(monitor.state()).isEqualTo(ActivityState.IDLE);
        assertThat(Duration.ofNanos(counted)).isEqualTo(Duration.ofSeconds(19));
    }

    @Test
    void aTickGapLongerThanTrustedIsRestNotActivity() {
        at(0, 100);
        for (int s = 1; s <= 5; s++) {
            at(s, 0);
        }
        ActivityReading r = at(5 + 600, 0.1); // the thread stalled for 10 minutes
        assertThat(r.restFor()).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(Duration.ofNanos(counted)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void forceIdleForgetsActivityInProgress() {
        at(0, 100);
        for (int s = 1; s <= 5; s++) {
            at(s, 0);
        }
        monitor.forceIdle(6 * S);
        assertThat(monitor.state()).isEqualTo(ActivityState.IDLE);
        assertThat(at(7, 0).activeDelta()).isZero();
    }
}
