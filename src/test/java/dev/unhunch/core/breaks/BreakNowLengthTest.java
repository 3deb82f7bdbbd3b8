package dev.unhunch.core.breaks;

import static dev.unhunch.core.breaks.Timeline.min;
import static dev.unhunch.core.breaks.Timeline.sec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.core.settings.Settings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The quick chair stretch: a micro break on demand that lasts as long as its one stretch. */
class BreakNowLengthTest {

    @Test
    void anOnDemandBreakRunsForTheLengthAskedAndCountsAsTaken() {
        Timeline tl = new Timeline(Settings.defaults()).active(min(5));
        CommandResult r = tl.command("stretch", e -> e.breakNow(BreakKind.MICRO, sec(55)));
        assertThat(r.accepted()).isTrue();
        assertThat(tl.engine.snapshot().timeLeft()).isEqualTo(sec(55));

        tl.idle(sec(40));
        assertThat(tl.engine.stage()).as("the configured 30 s would be over by now").isEqualTo(BreakStage.BREAK);
        tl.idle(sec(20));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.COUNTING);
        assertThat(tl.matching("COMPLETED")).hasSize(1);
        assertThat(tl.engine.snapshot().untilMicro()).isEqualTo(min(20));
    }

    @Test
    void breakNowWhileThatBreakIsOfferedTakesTheOfferedBreak() {
        Timeline tl = new Timeline(Settings.defaults()).active(min(20).minus(sec(10)));
        assertThat(tl.engine.stage()).as("the notice is up").isEqualTo(BreakStage.NOTICE);
        assertThat(tl.command("break micro", e -> e.breakNow(BreakKind.MICRO)).accepted()).isTrue();
        assertThat(tl.matching("STARTED")).singleElement().asString().contains("now").doesNotContain("on-demand");
    }

    @Test
    void aBreakOfNoLengthIsAProgrammingError() {
        Timeline tl = new Timeline(Settings.defaults());
        assertThatThrownBy(() -> tl.engine.breakNow(BreakKind.MICRO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
