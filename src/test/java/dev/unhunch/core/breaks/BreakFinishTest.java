package dev.unhunch.core.breaks;

import static dev.unhunch.core.breaks.Timeline.min;
import static dev.unhunch.core.breaks.Timeline.sec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * How a break can end: Done once the stretches are finished, ended early before that, an
 * on-demand stretch left at no cost, and "Stop — this hurts" turning it into a plain rest.
 */
class BreakFinishTest {

    private static Timeline breakWithRoutine(Settings settings) {
        Timeline tl = new Timeline(settings);
        tl.routineLength = sec(20); // the planned stretches take 20 s of the 30 s break
        return tl.active(min(20)); // the break starts at 20:00
    }

    @Test
    void doneAfterTheStretchesCompletesTheBreakAndResetsTheBudget() {
        Timeline tl = breakWithRoutine(Settings.defaults()).idle(sec(20));
        assertThat(tl.engine.snapshot().breakTime().routineDone()).isTrue();
        CommandResult r = tl.command("finish", BreakEngine::finishBreak);
        assertThat(r.accepted()).isTrue();
        assertThat(r.message()).isEqualTo("micro break done");
        assertThat(tl.matching("COMPLETED")).containsExactly("0:20:20 COMPLETED micro done");
        assertThat(tl.ui.get(tl.ui.size() - 1)).endsWith("hide");
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.COUNTING);
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
    }

    @Test
    void doneBeforeTheStretchesAreFinishedIsRefusedAndEndingEarlyIsNotTaken() {
        Timeline tl = breakWithRoutine(Settings.defaults()).idle(sec(5));
        CommandResult done = tl.command("finish", BreakEngine::finishBreak);
        assertThat(done.accepted()).isFalse();
        assertThat(done.message()).isEqualTo("the stretches are not finished yet");
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.BREAK);

        CommandResult early = tl.command("end early", BreakEngine::endBreakEarly);
        assertThat(early.message()).isEqualTo("micro break ended early");
        assertThat(tl.matching("ENDED_EARLY")).containsExactly("0:20:05 ENDED_EARLY micro");
        assertThat(tl.matching("COMPLETED")).isEmpty();
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.COUNTING);
        assertThat(tl.engine.snapshot().untilMicro()).as("the budget starts afresh").isEqualTo(min(20));
    }

    @Test
    void anOnDemandStretchLeftEarlyCostsNothing() {
        Timeline tl = new Timeline(Settings.defaults()).active(min(5));
        tl.command("stretch", e -> e.breakNow(BreakKind.MICRO, sec(55)));
        tl.idle(sec(10));
        CommandResult r = tl.command("esc", BreakEngine::endBreakEarly);
        assertThat(r.accepted()).isTrue();
        assertThat(tl.matching("ENDED_EARLY")).containsExactly("0:05:10 ENDED_EARLY micro on-demand");
        assertThat(tl.matching("SNOOZED")).isEmpty();
        EngineSnapshot s = tl.engine.snapshot();
        assertThat(s.untilMicro()).as("the next break is not pushed").isEqualTo(min(15));
        assertThat(s.snoozesUsed()).isZero();
    }

    @Test
    void nothingToFinishOutsideABreak() {
        Timeline tl = new Timeline(Settings.defaults()).active(min(19).plusSeconds(50));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.NOTICE);
        CommandResult r = tl.command("finish", BreakEngine::finishBreak);
        assertThat(r.accepted()).isFalse();
        assertThat(r.message()).isEqualTo("no break is running (notice)");
        assertThat(tl.command("end early", BreakEngine::endBreakEarly).accepted()).isFalse();
        assertThat(tl.command("stop", BreakEngine::stopStretching).accepted()).isFalse();
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.NOTICE);
    }

    @Test
    void strictModeLetsADueBreakRunItsFullLengthButNotAnOnDemandStretch() {
        Settings strict = Settings.defaults().toBuilder().strictMode(true).build();
        Timeline tl = breakWithRoutine(strict).idle(sec(20));
        CommandResult r = tl.command("finish", BreakEngine::finishBreak);
        assertThat(r.accepted()).isFalse();
        assertThat(r.message()).isEqualTo("strict mode is on: the break ends by itself");
        assertThat(tl.command("end early", BreakEngine::endBreakEarly).accepted()).isFalse();
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.BREAK);

        tl.idle(sec(10));
        tl.command("stretch", e -> e.breakNow(BreakKind.MICRO, sec(40)));
        tl.idle(sec(3));
        assertThat(tl.command("esc", BreakEngine::endBreakEarly).accepted()).isTrue();
        assertThat(tl.matching("ENDED_EARLY")).containsExactly("0:20:33 ENDED_EARLY micro on-demand");
    }

    @Test
    void stopThisHurtsTurnsTheBreakIntoAPlainRestThatKeepsItsTimeAndIsRecorded() {
        Timeline tl = breakWithRoutine(Settings.defaults().toBuilder().strictMode(true).build()).idle(sec(8));
        CommandResult r = tl.command("stop", BreakEngine::stopStretching);
        assertThat(r.accepted()).isTrue();
        BreakTime time = tl.engine.snapshot().breakTime();
        assertThat(time.plainRest()).isTrue();
        assertThat(time.left()).isEqualTo(sec(22));
        assertThat(tl.breakTimes.get(tl.breakTimes.size() - 1).plainRest()).as("the window learns at once").isTrue();
        tl.idle(sec(22));
        assertThat(tl.matching("COMPLETED")).containsExactly("0:20:30 COMPLETED micro stopped");
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
    }

    @Test
    void aRoutineSwappedInMidBreakRunsToItsEnd() {
        Timeline tl = breakWithRoutine(Settings.defaults()).idle(sec(25));
        tl.command("chair", e -> e.restartRoutine(sec(60)));
        BreakTime time = tl.engine.snapshot().breakTime();
        assertThat(time.length()).isEqualTo(sec(85));
        assertThat(time.routineEndsAt()).isEqualTo(sec(85));
        assertThat(time.left()).isEqualTo(sec(60));
        tl.idle(sec(59));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.BREAK);
        tl.idle(sec(1));
        assertThat(tl.matching("COMPLETED")).containsExactly("0:21:25 COMPLETED micro");
    }
}
