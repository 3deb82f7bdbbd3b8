package dev.unhunch.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.activity.ActivityState;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.ui.icons.TrayIconState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrayIconChoiceTest {

    private static EngineSnapshot snapshot(BreakStage stage, Duration untilMicro, Duration untilLong, boolean paused) {
        return new EngineSnapshot(Instant.EPOCH, stage, null, Duration.ZERO, untilMicro, untilLong, 0, 3, false,
                paused, null, true, ActivityState.ACTIVE, Duration.ZERO, false);
    }

    @Test
    void farFromABreakThePlainMark() {
        assertThat(TrayIconChoice.of(snapshot(BreakStage.COUNTING, Duration.ofMinutes(12), Duration.ofMinutes(40), false)))
                .isEqualTo(new TrayIconChoice(TrayIconState.NORMAL, 0));
    }

    @Test
    void theRingFillsOverTheLastFiveMinutesOfTheNearestBreak() {
        assertThat(TrayIconChoice.of(snapshot(BreakStage.COUNTING, Duration.ofMinutes(30), Duration.ofSeconds(150), false)))
                .isEqualTo(new TrayIconChoice(TrayIconState.DUE_SOON, 0.5));
        assertThat(TrayIconChoice.of(snapshot(BreakStage.COUNTING, Duration.ofSeconds(299), null, false)).progress())
                .isEqualTo(0.0);
        assertThat(TrayIconChoice.of(snapshot(BreakStage.NOTICE, Duration.ZERO, null, false)))
                .isEqualTo(new TrayIconChoice(TrayIconState.DUE_SOON, 1));
    }

    @Test
    void breaksAndPausesHaveTheirOwnIcons() {
        assertThat(TrayIconChoice.of(snapshot(BreakStage.BREAK, null, null, false)).state()).isEqualTo(TrayIconState.IN_BREAK);
        assertThat(TrayIconChoice.of(snapshot(BreakStage.PAUSED, null, null, true)).state()).isEqualTo(TrayIconState.PAUSED);
        assertThat(TrayIconChoice.of(snapshot(BreakStage.OUTSIDE_HOURS, Duration.ofMinutes(1), null, false)).state())
                .isEqualTo(TrayIconState.NORMAL);
    }
}
