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

    @Test
    void anIdleUserIsWatchedForInputUntilTheLongestSleep() {
        Timeline tl = new Timeline(defaults).active(min(5)).idle(sec(20));
        TickPlan plan = tl.engine.tickPlan();
        assertThat(plan.watch()).isEqualTo(TickPlan.Watch.INPUT);
        assertThat(plan.pollEvery()).isEqualTo(sec(2));
        tl.idle(min(10));
        assertThat(tl.engine.tickPlan().deadline()).isEqualTo(BreakEngine.MAX_TICK);
    }

    @Test
    void anActiveUserIsWatchedForTheIdleThreshold() {
        Timeline tl = new Timeline(defaults).active(min(2));
        TickPlan plan = tl.engine.tickPlan();
        assertThat(plan.watch()).isEqualTo(TickPlan.Watch.IDLE);
        assertThat(plan.idleThreshold()).isEqualTo(defaults.activity().idle());
        assertThat(plan.pollEvery()).isEqualTo(sec(10));
        assertThat(plan.deadline()).isGreaterThan(sec(10));
    }

    @Test
    void inputBeingConfirmedIsWatchedForTheNoiseThresholdUntilConfirmed() {
        Timeline tl = new Timeline(defaults).eventDriven().idle(min(5));
        tl.active(Duration.ofMillis(500));
        TickPlan plan = tl.engine.tickPlan();
        assertThat(plan.watch()).isEqualTo(TickPlan.Watch.IDLE);
        assertThat(plan.idleThreshold()).isEqualTo(defaults.activity().noise());
        assertThat(plan.deadline()).isEqualTo(defaults.activity().active().plusSeconds(1));
        tl.active(sec(5));
        assertThat(tl.engine.tickPlan().idleThreshold()).isEqualTo(defaults.activity().idle());
    }

    @Test
    void nothingIsWatchedWhilePausedOrShowingToAnActiveUser() {
        Timeline tl = new Timeline(defaults).active(min(1));
        tl.engine.pause(PauseRequest.indefinitely());
        tl.idle(sec(1));
        assertThat(tl.engine.tickPlan().watch()).isEqualTo(TickPlan.Watch.NOTHING);
        tl.engine.resume();
        tl.active(min(19).plusSeconds(15));
        assertThat(tl.engine.tickPlan()).isEqualTo(new TickPlan(sec(1), sec(1), TickPlan.Watch.NOTHING, Duration.ZERO));
        tl.idle(sec(20));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.BREAK);
        assertThat(tl.engine.tickPlan().watch()).isEqualTo(TickPlan.Watch.INPUT);
    }

    @Test
    void anEventDrivenHeartbeatTicksTwiceAMinuteOnAnIdleDesktop() {
        Timeline tl = new Timeline(defaults).eventDriven().active(min(3)).idle(min(10));
        long before = tl.ticks();
        tl.idle(hours(1));
        assertThat(tl.ticks() - before).isBetween(119L, 121L);
    }

    @Test
    void anEventDrivenHeartbeatTicksAtMostEveryHalfMinuteForAUserAtWorkFarFromABreak() {
        Settings s = defaults.toBuilder().microEnabled(false).build();
        Timeline tl = new Timeline(s).eventDriven().idle(min(1)).active(min(5));
        long before = tl.ticks();
        tl.active(min(10));
        assertThat(tl.ticks() - before).isLessThanOrEqualTo(21L);
    }
}
