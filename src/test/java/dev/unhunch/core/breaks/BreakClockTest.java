package dev.unhunch.core.breaks;

import static dev.unhunch.core.breaks.Timeline.min;
import static dev.unhunch.core.breaks.Timeline.sec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine is the break's one clock: it hands the window the length the break runs, the time
 * taken and the time left, holds while the user works and records a break worked through.
 */
class BreakClockTest {

    private static final Settings MICRO_20S = Settings.defaults().toBuilder()
            .microLength(Duration.ofSeconds(20)).build();

    @Test
    void anOnDemandStretchRunsForItsRoutinesLengthAndTheWindowIsToldSo() {
        Timeline tl = new Timeline(MICRO_20S).active(min(5));
        tl.command("stretch", e -> e.breakNow(BreakKind.MICRO, sec(55)));
        tl.idle(sec(10));
        BreakTime time = tl.engine.snapshot().breakTime();
        assertThat(time.onDemand()).isTrue();
        assertThat(time.length()).as("not micro.length").isEqualTo(sec(55));
        assertThat(time.elapsed()).isEqualTo(sec(10));
        assertThat(time.left()).isEqualTo(sec(45));
        assertThat(tl.ui).contains("0:05:00 break micro 55s");
        tl.idle(sec(45));
        assertThat(tl.matching("COMPLETED")).containsExactly("0:05:55 COMPLETED micro");
    }

    @Test
    void whileTheUserRestsTheClockAdvancesOneSecondEverySecond() {
        Timeline tl = new Timeline(MICRO_20S).active(min(20)).idle(sec(19));
        List<BreakTime> shown = tl.breakTimes;
        assertThat(shown).isNotEmpty();
        for (int i = 0; i < shown.size(); i++) {
            BreakTime t = shown.get(i);
            assertThat(t.length()).isEqualTo(sec(20));
            assertThat(t.elapsed().plus(t.left())).isEqualTo(sec(20));
            if (i > 0 && !shown.get(i - 1).holding()) {
                assertThat(t.left()).as("update " + i).isEqualTo(shown.get(i - 1).left().minusSeconds(1));
            }
        }
        assertThat(shown.get(shown.size() - 1).left()).isEqualTo(sec(1));
    }

    @Test
    void typingHoldsTheBreakAndItResumesTwoSecondsAfterTheLastInput() {
        Timeline tl = new Timeline(MICRO_20S).active(min(20)).idle(sec(5));
        assertThat(tl.engine.snapshot().breakTime().left()).isEqualTo(sec(15));
        tl.active(sec(6));
        BreakTime held = tl.engine.snapshot().breakTime();
        assertThat(held.holding()).isTrue();
        assertThat(held.left()).as("nothing counted while typing").isEqualTo(sec(15));
        assertThat(tl.ui).contains("0:20:06 activity during micro break, 0:15 left");
        tl.idle(sec(1));
        assertThat(tl.engine.snapshot().breakTime().holding()).isTrue();
        tl.idle(sec(1));
        assertThat(tl.engine.snapshot().breakTime().holding()).isFalse();
        assertThat(tl.engine.snapshot().breakTime().left()).isEqualTo(sec(15));
        tl.idle(sec(4));
        assertThat(tl.engine.snapshot().breakTime().left()).isEqualTo(sec(11));
        assertThat(tl.engine.snapshot().breakTime().heldFor()).isEqualTo(sec(8));
    }

    @Test
    void aKeyPressEveryFewSecondsKeepsTheBreakHeld() {
        Timeline tl = new Timeline(MICRO_20S).active(min(20)).idle(sec(4));
        for (int i = 0; i < 8; i++) {
            tl.active(Duration.ofMillis(100)).idle(Duration.ofMillis(1400));
        }
        assertThat(tl.engine.snapshot().breakTime().left()).isEqualTo(sec(16));
    }

    @Test
    void aBreakWorkedThroughForItsWholeLengthIsRecordedSoAndNotAsCompleted() {
        Timeline tl = new Timeline(MICRO_20S).active(min(20)).active(sec(19));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.BREAK);
        tl.active(sec(1));
        assertThat(tl.matching("WORKED_THROUGH")).containsExactly("0:20:20 WORKED_THROUGH micro");
        assertThat(tl.matching("COMPLETED")).isEmpty();
        assertThat(tl.ui.get(tl.ui.size() - 1)).isEqualTo("0:20:20 hide");
        assertThat(tl.engine.snapshot().untilMicro()).as("not offered again at once").isEqualTo(min(20));
    }

    @Test
    void workingThroughPartOfABreakStillLetsItCompleteLater() {
        Timeline tl = new Timeline(MICRO_20S).active(min(20)).active(sec(15)).idle(sec(21));
        assertThat(tl.matching("COMPLETED")).isEmpty();
        tl.idle(sec(1));
        assertThat(tl.matching("COMPLETED")).containsExactly("0:20:37 COMPLETED micro");
    }

    @Test
    void theClickThatStartsABreakDoesNotHoldIt() {
        Timeline tl = new Timeline(MICRO_20S).active(min(3));
        tl.command("stretch", e -> e.breakNow(BreakKind.MICRO, sec(40)));
        tl.active(Duration.ofMillis(300)).idle(sec(10));
        BreakTime time = tl.engine.snapshot().breakTime();
        assertThat(time.left()).isEqualTo(sec(30));
        assertThat(tl.matching("activity")).isEmpty();
    }

    @Test
    void aTakeNowBreakRunsTheConfiguredLength() {
        Timeline tl = new Timeline(MICRO_20S).active(min(3));
        tl.command("break micro", e -> e.breakNow(BreakKind.MICRO));
        BreakTime time = tl.engine.snapshot().breakTime();
        assertThat(time.onDemand()).isFalse();
        assertThat(time.length()).isEqualTo(sec(20));
        assertThat(tl.engine.snapshot().stage()).isEqualTo(BreakStage.BREAK);
    }
}
