package dev.unhunch.core.breaks;

import static dev.unhunch.core.breaks.Timeline.hours;
import static dev.unhunch.core.breaks.Timeline.min;
import static dev.unhunch.core.breaks.Timeline.sec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.settings.WorkingHours;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Pause, working hours, sleep, clock changes, DST and the daily limit. */
class BreakCalendarTest {

    private final Settings defaults = Settings.defaults();

    @Test
    void pauseForOneHourThenResumeByItself() {
        Timeline tl = new Timeline(defaults).active(min(10));
        assertThat(tl.command("pause", e -> e.pause(PauseRequest.of(hours(1)))).message())
                .isEqualTo("breaks paused until 10:10");
        assertThat(StatusText.format(tl.engine.snapshot(), Timeline.BERLIN)).isEqualTo("paused until 10:10");
        tl.active(min(59));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.PAUSED);
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(10));
        tl.active(min(11));
        assertThat(tl.events).containsExactly("0:10:00 PAUSED", "0:10:00 pause ok",
                "1:10:00 RESUMED pause over", "1:19:45 OFFERED micro", "1:20:00 STARTED micro due");
    }

    @Test
    void resumeEndsAPauseEarly() {
        Timeline tl = new Timeline(defaults).active(min(5));
        tl.command("pause", e -> e.pause(PauseRequest.indefinitely()));
        assertThat(StatusText.format(tl.engine.snapshot(), Timeline.BERLIN)).isEqualTo("paused");
        tl.active(hours(3));
        tl.command("resume", BreakEngine::resume);
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(15));
        assertThat(tl.matching("RESUMED")).containsExactly("3:05:00 RESUMED resumed by user");
    }

    @Test
    void pauseDuringANoticeHidesItAndTheBreakComesBackAfterwards() {
        Timeline tl = new Timeline(defaults).active(min(19).plusSeconds(50));
        tl.command("pause", e -> e.pause(PauseRequest.of(min(30))));
        assertThat(tl.ui).endsWith("0:19:50 hide");
        tl.active(min(31));
        assertThat(tl.matching("OFFERED")).containsExactly("0:19:45 OFFERED micro", "0:49:50 OFFERED micro");
    }

    @Test
    void pauseUntilTomorrowCrossesMidnightAndEndsAtTheConfiguredHour() {
        // starts 22:30 local on Monday
        Timeline tl = new Timeline(defaults, sec(1), LocalDateTime.of(2026, 11, 23, 22, 30), Timeline.BERLIN);
        tl.active(min(5));
        tl.command("pause", e -> e.pause(PauseRequest.untilTomorrow()));
        assertThat(StatusText.format(tl.engine.snapshot(), Timeline.BERLIN)).isEqualTo("paused until tomorrow 08:00");
        tl.idle(hours(9).plusMinutes(30)).active(min(20));
        ZonedDateTime resumed = tl.records.stream().filter(r -> r.type() == BreakEventType.RESUMED)
                .findFirst().orElseThrow().at().atZone(Timeline.BERLIN);
        assertThat(resumed.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 24, 8, 0));
        // the night's idle reset the budget silently: a full 20 min after resuming
        assertThat(tl.matching("OFFERED")).containsExactly("9:54:45 OFFERED micro");
        assertThat(tl.matching("NATURAL")).isEmpty();
    }

    @Test
    void nothingCountsOutsideWorkingHoursAndTheLunchGap() {
        Settings s = defaults.toBuilder()
                .workingHours(WorkingHours.parse("mon-fri 09:00-12:30,13:30-17:30")).build();
        Timeline tl = new Timeline(s, sec(1), LocalDateTime.of(2026, 11, 23, 12, 15), Timeline.BERLIN);
        tl.active(min(14));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.COUNTING);
        tl.active(min(2)); // 12:31: lunch
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.OUTSIDE_HOURS);
        assertThat(StatusText.format(tl.engine.snapshot(), Timeline.BERLIN)).isEqualTo("outside working hours");
        assertThat(tl.engine.snapshot().withinWorkingHours()).isFalse();
        tl.active(min(59)); // typing through lunch counts for nothing
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(5).plusSeconds(1)); // 12:15:00-12:29:59 counted
        tl.active(min(5).plusSeconds(1)); // 13:35:01
        assertThat(tl.events).containsExactly("1:19:46 OFFERED micro", "1:20:01 STARTED micro due");
        tl.idle(sec(31));
        while (tl.now().compareTo(hours(5).plusMinutes(15)) < 0) { // until 17:30
            work(tl, 1);
        }
        int before = tl.events.size();
        tl.active(hours(2));
        assertThat(tl.events).hasSize(before);
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.OUTSIDE_HOURS);
    }

    @Test
    void suspendForThreeHoursMidCountIsANaturalBreakNotActivity() {
        Timeline tl = new Timeline(defaults).active(min(15));
        tl.suspend(hours(3)).active(min(6));
        assertThat(tl.events).containsExactly("3:15:00 NATURAL micro sleep", "3:15:00 NATURAL long sleep");
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(14));
        assertThat(tl.engine.snapshot().activeToday()).isEqualTo(min(21));
    }

    @Test
    void osSleepSignalFeedsTheSameRule() {
        Timeline tl = new Timeline(defaults).active(min(15));
        tl.engine.systemResumed(min(10));
        assertThat(tl.events).containsExactly("0:15:00 NATURAL micro sleep", "0:15:00 NATURAL long sleep");
    }

    @Test
    void suspendDuringABreakCompletesItNaturally() {
        Timeline tl = new Timeline(defaults).active(min(20));
        tl.suspend(min(2)).active(min(1));
        assertThat(tl.events).containsExactly("0:19:45 OFFERED micro", "0:20:00 STARTED micro due",
                "0:22:00 NATURAL micro sleep");
        assertThat(tl.ui).endsWith("0:22:00 hide");
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.COUNTING);
    }

    @Test
    void aStalledHeartbeatIsRestNotActivityEvenWhenMonotonicTimeRanOn() {
        Timeline tl = new Timeline(defaults).active(min(15));
        tl.stall(hours(2)).active(min(1));
        assertThat(tl.events).containsExactly("2:15:00 NATURAL micro idle", "2:15:00 NATURAL long idle");
        assertThat(tl.engine.snapshot().activeToday()).isEqualTo(min(16));

        Timeline during = new Timeline(defaults).active(min(20));
        during.stall(min(10)).active(sec(5));
        assertThat(during.events).containsExactly("0:19:45 OFFERED micro", "0:20:00 STARTED micro due",
                "0:30:00 NATURAL micro gap", "0:30:00 NATURAL long gap");
        assertThat(during.engine.stage()).isEqualTo(BreakStage.COUNTING);
    }

    @Test
    void clockSetBackOneHourChangesNothing() {
        Timeline plain = new Timeline(defaults).active(min(10)).active(min(50)).idle(min(6));
        Timeline shifted = new Timeline(defaults).active(min(10)).shiftWall(hours(-1)).active(min(50)).idle(min(6));
        assertThat(shifted.events).isEqualTo(plain.events);
        Timeline forward = new Timeline(defaults).active(min(10)).shiftWall(hours(1)).active(min(10));
        // a forward jump looks like sleep; it is seen at the next tick
        assertThat(forward.events).containsExactly("0:10:01 NATURAL micro sleep", "0:10:01 NATURAL long sleep");
    }

    @Test
    void dstSpringForwardDoesNotMoveBreaks() {
        // Berlin springs from 02:00 to 03:00 on 2027-03-28
        LocalDateTime before = LocalDateTime.of(2027, 3, 28, 1, 30);
        Timeline dst = work(new Timeline(defaults, sec(1), before, Timeline.BERLIN), 6);
        Timeline utc = work(new Timeline(defaults, sec(1), before, ZoneId.of("UTC")), 6);
        assertThat(dst.events).isEqualTo(utc.events).contains("1:00:45 OFFERED long", "2:06:45 OFFERED long");
        assertThat(dst.wall().atZone(Timeline.BERLIN).toLocalTime()).hasToString("04:42"); // 2:12 elapsed plus the skipped hour
    }

    @Test
    void dstFallBackDoesNotMoveBreaksAndUntilTomorrowKeepsItsHour() {
        // Berlin falls back from 03:00 to 02:00 on 2026-10-25
        LocalDateTime before = LocalDateTime.of(2026, 10, 24, 23, 0);
        Timeline dst = work(new Timeline(defaults, sec(1), before, Timeline.BERLIN), 12);
        Timeline utc = work(new Timeline(defaults, sec(1), before, ZoneId.of("UTC")), 12);
        assertThat(dst.events).isEqualTo(utc.events).hasSize(12 * 3);
        dst.command("pause", e -> e.pause(PauseRequest.untilTomorrow()));
        ZonedDateTime until = dst.engine.snapshot().pausedUntil().atZone(Timeline.BERLIN);
        assertThat(until.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 25, 8, 0));
    }

    /** Twenty-minute rounds: work until the break, rest through it. */
    private static Timeline work(Timeline tl, int rounds) {
        for (int i = 0; i < rounds; i++) {
            tl.active(min(20));
            tl.idle(tl.engine.stage() == BreakStage.BREAK && tl.engine.snapshot().currentKind() == BreakKind.LONG
                    ? min(5) : sec(30));
        }
        return tl;
    }

    @Test
    void dailyLimitHasItsOwnNoticeOncePerDay() {
        Settings s = defaults.toBuilder().dailyLimitEnabled(true).dailyLimit(Duration.ofMinutes(30))
                .microEnabled(false).longEnabled(false).build();
        Timeline tl = new Timeline(s).active(min(40));
        assertThat(tl.events).containsExactly("0:30:00 DAILY_LIMIT");
        assertThat(tl.ui).containsExactly("0:30:00 daily limit 30m of 30m");
        assertThat(StatusText.format(tl.engine.snapshot(), Timeline.BERLIN)).isEqualTo("breaks off, daily limit reached");
        tl.idle(hours(15)).active(min(31));
        assertThat(tl.matching("DAILY_LIMIT")).hasSize(2);
    }

    @Test
    void settingsChangeLiveKeepsTheBudget() {
        Timeline tl = new Timeline(defaults).active(min(12));
        tl.engine.updateSettings(defaults.toBuilder().microInterval(min(15)).build());
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(3));
        tl.engine.updateSettings(defaults.toBuilder().microInterval(min(10)).build());
        tl.active(sec(1));
        assertThat(tl.events).containsExactly("0:12:01 OFFERED micro");
        assertThat(tl.ui).containsExactly("0:12:01 notice micro in 15s snoozes 0/3");
        tl.engine.updateSettings(defaults.toBuilder().microEnabled(false).build());
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.COUNTING);
        assertThat(tl.ui).endsWith("0:12:01 hide");
    }

    @Test
    void statusLineWhileCounting() {
        Timeline tl = new Timeline(defaults).active(min(7).plusSeconds(30));
        assertThat(StatusText.format(tl.engine.snapshot(), Timeline.BERLIN))
                .isEqualTo("micro break in 12:30, long break in 52:30");
        tl.active(min(12).plusSeconds(20));
        assertThat(StatusText.format(tl.engine.snapshot(), Timeline.BERLIN)).isEqualTo("micro break in 0:10");
        tl.active(sec(20));
        assertThat(StatusText.format(tl.engine.snapshot(), Timeline.BERLIN)).isEqualTo("micro break: 0:30 left");
    }
}
