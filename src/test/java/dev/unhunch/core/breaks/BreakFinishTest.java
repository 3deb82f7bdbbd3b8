package dev.unhunch.core.breaks;

import static dev.unhunch.core.breaks.Timeline.min;
import static dev.unhunch.core.breaks.Timeline.sec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import org.junit.jupiter.api.Test;

/** The "Done" button: the user says they finished the break's stretches. */
class BreakFinishTest {

    @Test
    void finishingARunningBreakCompletesItAndResetsTheBudget() {
        Timeline tl = new Timeline(Settings.defaults()).active(min(20)).idle(sec(10));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.BREAK);
        CommandResult r = tl.command("finish", BreakEngine::finishBreak);
        assertThat(r.accepted()).isTrue();
        assertThat(r.message()).isEqualTo("micro break done");
        assertThat(tl.matching("COMPLETED")).containsExactly("0:20:10 COMPLETED micro done");
        assertThat(tl.ui.get(tl.ui.size() - 1)).endsWith("hide");
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.COUNTING);
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
    }

    @Test
    void nothingToFinishOutsideABreak() {
        Timeline tl = new Timeline(Settings.defaults()).active(min(19).plusSeconds(50));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.NOTICE);
        CommandResult r = tl.command("finish", BreakEngine::finishBreak);
        assertThat(r.accepted()).isFalse();
        assertThat(r.message()).isEqualTo("no break is running (notice)");
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.NOTICE);
    }

    @Test
    void strictModeLetsTheBreakRunItsFullLength() {
        Timeline tl = new Timeline(Settings.defaults().toBuilder().strictMode(true).build())
                .active(min(20)).idle(sec(10));
        CommandResult r = tl.command("finish", BreakEngine::finishBreak);
        assertThat(r.accepted()).isFalse();
        assertThat(r.message()).isEqualTo("strict mode is on: the break ends by itself");
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.BREAK);
    }
}
