package dev.unhunch.core.breaks;

import static dev.unhunch.core.breaks.Timeline.min;
import static dev.unhunch.core.breaks.Timeline.sec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import org.junit.jupiter.api.Test;

/** When breaks fall due, and how idle time pauses or resets the budgets. */
class BreakTimingTest {

    private final Settings defaults = Settings.defaults();

    @Test
    void firstMicroBreakAfterExactlyTheIntervalOfActivity() {
        Timeline tl = new Timeline(defaults).active(min(20)).idle(sec(31));
        assertThat(tl.events).containsExactly(
                "0:19:45 OFFERED micro",
                "0:20:00 STARTED micro due",
                "0:20:30 COMPLETED micro");
        assertThat(tl.ui).containsExactly(
                "0:19:45 notice micro in 15s snoozes 0/3",
                "0:20:00 break micro 30s",
                "0:20:30 hide");
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.COUNTING);
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
    }

    @Test
    void shortIdlePausesTheCountWithoutResetting() {
        Timeline tl = new Timeline(defaults).active(min(10)).idle(sec(25)).active(min(9));
        assertThat(tl.events).isEmpty();
        // 19 min of activity; the 25 s pause did not count and did not reset
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(1));
        tl.active(sec(45));
        assertThat(tl.events).containsExactly("0:20:10 OFFERED micro");
    }

    @Test
    void pausesShorterThanTheIdleThresholdCountAsActivity() {
        Timeline tl = new Timeline(defaults).active(min(10)).idle(sec(8)).active(min(5));
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(5).minusSeconds(8));
    }

    @Test
    void idleAsLongAsTheBreakIsANaturalBreak() {
        Timeline tl = new Timeline(defaults).active(min(10)).idle(sec(40));
        assertThat(tl.events).containsExactly("0:10:30 NATURAL micro idle");
        assertThat(tl.records.get(0).activeTime()).isEqualTo(min(10));
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
        assertThat(tl.engine.snapshot().untilLong()).isEqualTo(min(50));
    }

    @Test
    void naturalLongBreakResetsBoth() {
        Timeline tl = new Timeline(defaults).active(min(15)).idle(min(6));
        assertThat(tl.events).containsExactly("0:15:30 NATURAL micro idle", "0:20:00 NATURAL long idle");
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
        assertThat(tl.engine.snapshot().untilLong()).isEqualTo(min(60));
    }

    @Test
    void aMouseNudgeAfterLongIdleIsNoise() {
        Timeline tl = new Timeline(defaults).idle(min(5)).active(sec(1)).idle(min(2));
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
        assertThat(tl.engine.snapshot().activeToday()).isZero();
        tl.active(sec(3));
        assertThat(tl.engine.snapshot().activeToday()).isEqualTo(sec(3));
    }

    @Test
    void longBreakTakesPrecedenceWhenBothAreDue() {
        Timeline tl = new Timeline(defaults);
        for (int i = 0; i < 2; i++) {
            tl.active(min(20)).idle(sec(31));
        }
        tl.events.clear();
        tl.active(min(20)).idle(min(5).plusSeconds(1));
        assertThat(tl.events).containsExactly(
                "1:00:47 OFFERED long", "1:01:02 STARTED long due", "1:06:02 COMPLETED long");
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
    }

    @Test
    void disabledKindsAreNeverOffered() {
        Settings s = defaults.toBuilder().microEnabled(false).build();
        Timeline tl = new Timeline(s).active(min(59)).idle(sec(31));
        assertThat(tl.events).isEmpty();
        assertThat(tl.engine.snapshot().untilMicro()).isNull();
    }
}
