package dev.unhunch.core.breaks;

import static dev.unhunch.core.breaks.Timeline.min;
import static dev.unhunch.core.breaks.Timeline.sec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Notice, early start, snooze, skip, take now, break now and strict mode. */
class BreakCommandsTest {

    private final Settings defaults = Settings.defaults();

    private static String lines(java.util.List<String> l) {
        return String.join("\n", l);
    }

    @Test
    void typingPauseDuringTheNoticeStartsTheBreakEarly() {
        // input stops at 19:50; after a 2 s pause the break starts and counts the rest from then
        Timeline tl = new Timeline(defaults).active(min(19).plusSeconds(50)).idle(sec(40));
        assertThat(lines(tl.events)).isEqualTo("""
                0:19:45 OFFERED micro
                0:19:52 STARTED micro early
                0:20:22 COMPLETED micro""");
    }

    @Test
    void activityDuringABreakPausesItsCountdownAndIsReported() {
        // the countdown holds while the user types and until 2 s after the last input
        Timeline tl = new Timeline(defaults).active(min(20)).idle(sec(10)).active(sec(5)).idle(sec(27));
        assertThat(lines(tl.ui)).isEqualTo("""
                0:19:45 notice micro in 15s snoozes 0/3
                0:20:00 break micro 30s
                0:20:11 activity during micro break, 0:20 left
                0:20:37 hide""");
        assertThat(tl.matching("COMPLETED")).containsExactly("0:20:37 COMPLETED micro");
    }

    @Test
    void snoozePostponesByActiveTimeUntilTheLimit() {
        Timeline tl = new Timeline(defaults).active(min(19).plusSeconds(50));
        for (int i = 1; i <= 3; i++) {
            assertThat(tl.command("snooze", BreakEngine::snooze).message())
                    .isEqualTo("micro break snoozed for 5m (" + i + " of 3)");
            assertThat(tl.engine.stage()).isEqualTo(BreakStage.COUNTING);
            tl.active(min(5));
        }
        CommandResult refused = tl.command("snooze", BreakEngine::snooze);
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.message()).isEqualTo("snooze limit reached (3 of 3)");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(tl.matching("notice")).isEmpty();
        assertThat(tl.ui).contains(
                "0:24:35 notice micro in 15s snoozes 1/3",
                "0:29:35 notice micro in 15s snoozes 2/3",
                "0:34:35 notice micro in 15s snoozes 3/3");
        // the break starts at 34:50 while the user keeps typing for 20 s: its countdown waits
        // until 2 s after the last input
        tl.active(sec(20)).idle(sec(33));
        assertThat(tl.matching("COMPLETED")).containsExactly("0:35:42 COMPLETED micro");
        assertThat(tl.records.get(tl.records.size() - 1).snoozes()).isEqualTo(3);
        assertThat(tl.engine.snapshot().snoozesUsed()).isZero();
    }

    @Test
    void naturalBreakDuringASnoozeResetsTheSnoozes() {
        Timeline tl = new Timeline(defaults).active(min(19).plusSeconds(50));
        tl.command("snooze", BreakEngine::snooze);
        tl.active(min(1)).idle(sec(35));
        assertThat(tl.matching("NATURAL")).containsExactly("0:21:20 NATURAL micro idle");
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
    }

    @Test
    void skipResetsTheBudgetAndIsRecorded() {
        Timeline tl = new Timeline(defaults).active(min(19).plusSeconds(50));
        tl.command("skip", BreakEngine::skip);
        assertThat(tl.events).containsExactly("0:19:45 OFFERED micro", "0:19:50 SKIPPED micro", "0:19:50 skip ok");
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
        assertThat(tl.engine.snapshot().untilLong()).isEqualTo(min(40).plusSeconds(10));
        assertThat(tl.command("skip", BreakEngine::skip).message()).isEqualTo("no break to skip (no break is due)");
    }

    @Test
    void skippingALongBreakAlsoResetsTheMicroBudget() {
        Timeline tl = new Timeline(defaults.toBuilder().microEnabled(true).build());
        tl.active(min(20)).idle(sec(31)).active(min(20)).idle(sec(31)).active(min(20));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.BREAK);
        tl.command("skip", BreakEngine::skip);
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
        assertThat(tl.engine.snapshot().untilLong()).isEqualTo(min(60));
    }

    @Test
    void strictModeRefusesSnoozeSkipAndPauseWithAReason() {
        Timeline tl = new Timeline(defaults.toBuilder().strictMode(true).build()).active(min(19).plusSeconds(50));
        assertThat(tl.ui).containsExactly("0:19:45 notice micro in 15s snoozes 0/3 strict");
        assertThat(tl.command("snooze", BreakEngine::snooze).message())
                .isEqualTo("strict mode is on: breaks cannot be snoozed");
        assertThat(tl.command("skip", BreakEngine::skip).message())
                .isEqualTo("strict mode is on: breaks cannot be skipped");
        assertThat(tl.command("pause", e -> e.pause(PauseRequest.of(min(30)))).accepted()).isFalse();
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.NOTICE);
        tl.active(sec(20));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.BREAK);
    }

    @Test
    void takeNowDuringTheNoticeStartsTheBreak() {
        Timeline tl = new Timeline(defaults).active(min(19).plusSeconds(48));
        tl.command("take", BreakEngine::takeNow);
        tl.idle(sec(30));
        assertThat(tl.events).containsExactly("0:19:45 OFFERED micro", "0:19:48 STARTED micro now",
                "0:19:48 take ok", "0:20:18 COMPLETED micro");
    }

    @Test
    void aLongBreakOnDemandIsRefusedWhileLongBreaksAreOff() {
        Timeline tl = new Timeline(defaults.toBuilder().longEnabled(false).build()).active(min(7));
        tl.command("long now", e -> e.breakNow(BreakKind.LONG));
        tl.idle(sec(5));
        assertThat(tl.events).containsExactly(
                "0:07:00 long now refused: long breaks are switched off; switch them on in Preferences to take one");
    }

    @Test
    void breakNowOnDemandCountsAsTakenForEitherKind() {
        Timeline tl = new Timeline(defaults).active(min(7));
        tl.command("long now", e -> e.breakNow(BreakKind.LONG));
        assertThat(tl.command("again", e -> e.breakNow(BreakKind.MICRO)).message())
                .isEqualTo("a long break is already running");
        tl.idle(min(5));
        assertThat(tl.events).containsExactly("0:07:00 STARTED long on-demand", "0:07:00 long now ok",
                "0:07:00 again refused: a long break is already running", "0:12:00 COMPLETED long");
        assertThat(tl.engine.snapshot().untilLong()).isEqualTo(min(60));
        tl.active(min(3));
        tl.command("chair stretch", e -> e.breakNow(BreakKind.MICRO));
        tl.idle(sec(30));
        assertThat(tl.matching("COMPLETED micro")).containsExactly("0:15:30 COMPLETED micro");
        assertThat(tl.engine.snapshot().untilLong()).isEqualTo(min(57));
    }

    @Test
    void zeroNoticeStartsTheBreakDirectly() {
        Timeline tl = new Timeline(defaults.toBuilder().noticeLength(Duration.ZERO).build()).active(min(20));
        assertThat(tl.events).containsExactly("0:20:00 OFFERED micro", "0:20:00 STARTED micro due");
    }

    @Test
    void commandsWithNothingToActOnAreRefused() {
        Timeline tl = new Timeline(defaults).active(min(1));
        assertThat(tl.command("snooze", BreakEngine::snooze).message()).isEqualTo("no break to snooze (no break is due)");
        assertThat(tl.command("resume", BreakEngine::resume).message()).isEqualTo("breaks are not paused");
    }
}
