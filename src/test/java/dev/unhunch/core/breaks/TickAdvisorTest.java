package dev.unhunch.core.breaks;

import static dev.unhunch.core.breaks.Timeline.hours;
import static dev.unhunch.core.breaks.Timeline.min;
import static dev.unhunch.core.breaks.Timeline.sec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TickAdvisorTest {

    private final Settings defaults = Settings.defaults();

    @Test
    void activeFarFromABreakTicksAtTheIdleThreshold() {
        Timeline tl = new Timeline(defaults).active(min(2));
        assertThat(tl.engine.suggestedNextTick()).isEqualTo(sec(10));
    }

    @Test
    void neverLongerThanTheRemainingBudgetBeforeTheNotice() {
        Timeline tl = new Timeline(defaults).active(min(19).plusSeconds(40));
        assertThat(tl.engine.suggestedNextTick()).isEqualTo(sec(5));
    }

    @Test
    void quickDuringNoticeAndBreak() {
        Timeline tl = new Timeline(defaults).active(min(19).plusSeconds(50));
        assertThat(tl.engine.suggestedNextTick()).isEqualTo(sec(1));
        tl.active(sec(20));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.BREAK);
        assertThat(tl.engine.suggestedNextTick()).isEqualTo(sec(1));
    }

    @Test
    void idleTicksOftenEnoughToDateRenewedInput() {
        Timeline tl = new Timeline(defaults).active(min(5)).idle(sec(20));
        assertThat(tl.engine.suggestedNextTick()).isEqualTo(sec(2));
    }

    @Test
    void longWhenPausedOrOffHoursButNotPastThePauseEnd() {
        Timeline tl = new Timeline(defaults).active(min(1));
        tl.engine.pause(PauseRequest.indefinitely());
        tl.idle(sec(1));
        assertThat(tl.engine.suggestedNextTick()).isEqualTo(BreakEngine.MAX_TICK);
        tl.engine.resume();
        tl.engine.pause(PauseRequest.of(sec(12)));
        tl.idle(sec(1));
        assertThat(tl.engine.suggestedNextTick()).isEqualTo(sec(11));
    }

    @Test
    void dailyLimitBoundsTheSleep() {
        Settings s = defaults.toBuilder().microEnabled(false).longEnabled(false)
                .dailyLimitEnabled(true).dailyLimit(Duration.ofMinutes(30)).build();
        Timeline tl = new Timeline(s).active(min(29).plusSeconds(57));
        assertThat(tl.engine.suggestedNextTick()).isEqualTo(sec(3));
        tl.active(hours(1));
        assertThat(tl.engine.suggestedNextTick()).isEqualTo(sec(10));
    }
}
