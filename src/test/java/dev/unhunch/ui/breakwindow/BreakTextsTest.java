package dev.unhunch.ui.breakwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.stretch.Side;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BreakTextsTest {

    @Test
    void shortTimesRoundUpAndShowMinutesAboveOne() {
        assertThat(BreakTexts.shortTime(Duration.ofMillis(200))).isEqualTo("1 s");
        assertThat(BreakTexts.shortTime(Duration.ofSeconds(12))).isEqualTo("12 s");
        assertThat(BreakTexts.shortTime(Duration.ofSeconds(245))).isEqualTo("4:05");
        assertThat(BreakTexts.shortTime(Duration.ofSeconds(-3))).isEqualTo("0 s");
    }

    @Test
    void snoozeLabelCountsWhatIsLeft() {
        BreakPrompt p = new BreakPrompt(BreakKind.MICRO, Duration.ofSeconds(15), Duration.ofSeconds(30), 1, 3, false);
        assertThat(BreakTexts.snoozeLabel(Duration.ofMinutes(5), p)).isEqualTo("Snooze 5 min (2 left)");
        assertThat(BreakTexts.snoozeLabel(Duration.ofMinutes(10), p)).isEqualTo("Snooze 10 min (2 left)");
    }

    @Test
    void kindsAndSides() {
        assertThat(BreakTexts.kindTitle(BreakKind.MICRO)).isEqualTo("Micro break");
        assertThat(BreakTexts.kindTitle(BreakKind.LONG)).isEqualTo("Long break");
        assertThat(BreakTexts.side(Side.LEFT)).isEqualTo("Left side, then right");
        assertThat(BreakTexts.side(Side.RIGHT)).isEqualTo("Right side");
        assertThat(BreakTexts.side(Side.NONE)).isEmpty();
    }
}
