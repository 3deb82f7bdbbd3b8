package dev.unhunch.core.breaks;

import static dev.unhunch.core.breaks.Timeline.min;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code unhunch snooze 10m}: a snooze of a chosen length, with the usual limits. */
class SnoozeLengthTest {

    @Test
    void aChosenLengthPostponesByThatMuchActiveTime() {
        Timeline tl = new Timeline(Settings.defaults()).active(min(19).plusSeconds(50));
        CommandResult result = tl.command("snooze 10m", e -> e.snooze(min(10)));
        assertThat(result.message()).isEqualTo("micro break snoozed for 10m (1 of 3)");
        tl.active(min(10));
        assertThat(tl.ui).contains("0:29:35 notice micro in 15s snoozes 1/3");
    }

    @Test
    void zeroOrNegativeIsRefusedAndChangesNothing() {
        Timeline tl = new Timeline(Settings.defaults()).active(min(19).plusSeconds(50));
        assertThat(tl.command("snooze 0", e -> e.snooze(Duration.ZERO)).accepted()).isFalse();
        assertThat(tl.command("snooze -1m", e -> e.snooze(Duration.ofMinutes(-1))).accepted()).isFalse();
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.NOTICE);
    }

    @Test
    void nothingToSnoozeWhileCounting() {
        Timeline tl = new Timeline(Settings.defaults()).active(min(5));
        CommandResult result = tl.command("snooze 10m", e -> e.snooze(min(10)));
        assertThat(result.accepted()).isFalse();
        assertThat(result.message()).startsWith("no break to snooze");
    }
}
