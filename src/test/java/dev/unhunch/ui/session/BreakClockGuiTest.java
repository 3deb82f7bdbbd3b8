package dev.unhunch.ui.session;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.BreakTime;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.ui.breakwindow.BreakTexts;
import dev.unhunch.ui.breakwindow.BreakWindow;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.Optional;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/**
 * The window shows the engine's clock second by second, for an on-demand stretch and a scheduled
 * break; it holds while the user types and says so; its exits follow the engine's time.
 */
class BreakClockGuiTest extends GuiTestBase {

    private static final Settings MICRO_20S = BreakSession.microOnly().toBuilder()
            .microLength(Duration.ofSeconds(20)).build();

    @Test
    void anOnDemandStretchShowsTheEnginesTimeEverySecondAndEscLeavesItAtNoCost() {
        start(MICRO_20S).active(ofSeconds(60));
        assertThat(session.ui.stretchNow().accepted()).isTrue();
        FrameFixture window = breakWindow();
        Routine routine = GuiActionRunner.execute(() -> session.ui.breakWindow().routine());
        for (int s = 1; s <= 12; s++) {
            session.idle(ofSeconds(1));
            robot.waitForIdle();
            assertShowsTheEnginesTime(window, routine);
        }
        assertThat(session.snapshot().breakTime().length()).as("the routine's length, not micro.length")
                .isEqualTo(routine.total());
        Duration untilMicro = session.snapshot().untilMicro();

        robot.click(window.label("break.kind").target());
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        window.requireNotVisible();
        assertThat(session.events(BreakEventType.ENDED_EARLY)).containsExactly("ENDED_EARLY micro on-demand");
        assertThat(session.events(BreakEventType.SNOOZED)).isEmpty();
        assertThat(session.snapshot().untilMicro()).as("the next break is not pushed").isEqualTo(untilMicro);
    }

    @Test
    void aScheduledBreakHoldsWhileTheUserTypesAndSaysSo() {
        start(MICRO_20S).untilNotice().idle(ofSeconds(3)); // a pause in the notice starts the break
        assertThat(session.stage()).isEqualTo(BreakStage.BREAK);
        FrameFixture window = breakWindow();
        Routine routine = GuiActionRunner.execute(() -> session.ui.breakWindow().routine());
        session.idle(ofSeconds(4));
        robot.waitForIdle();
        String leftBefore = window.label("break.left").text();
        session.active(ofSeconds(3));
        robot.waitForIdle();
        window.label("break.status").requireText(BreakTexts.pausedWhileActive());
        window.label("break.left").requireText(leftBefore);
        assertShowsTheEnginesTime(window, routine);
        session.idle(ofSeconds(1));
        robot.waitForIdle();
        window.label("break.status").requireText(BreakTexts.pausedWhileActive());
        session.idle(ofSeconds(2));
        robot.waitForIdle();
        window.label("break.status").requireText(" ");
        assertShowsTheEnginesTime(window, routine);

        session.active(ofSeconds(20));
        robot.waitForIdle();
        window.requireNotVisible();
        assertThat(session.events(BreakEventType.WORKED_THROUGH)).containsExactly("WORKED_THROUGH micro");
        assertThat(session.events(BreakEventType.COMPLETED)).isEmpty();
    }

    @Test
    void whenTheStretchesAreDoneOnlyDoneRemainsAndItCounts() {
        start(BreakSession.microOnly().toBuilder().microLength(Duration.ofMinutes(2)).build())
                .untilNotice().idle(ofSeconds(15));
        FrameFixture window = breakWindow();
        BreakTime time = session.snapshot().breakTime();
        Duration toGo = time.routineEndsAt().minus(time.elapsed());
        session.idle(toGo);
        robot.waitForIdle();
        BreakWindow.Shown shown = GuiActionRunner.execute(() -> session.ui.shownBreak());
        if (session.snapshot().breakTime() == null) {
            assertThat(shown.buttons()).containsExactly("break.close"); // the stretches filled the break
            return;
        }
        assertThat(shown.title()).isEqualTo("All done");
        assertThat(shown.buttons()).doesNotContain("break.snooze", "break.skip", "break.endEarly")
                .contains("break.done");
        window.button("break.done").click();
        robot.waitForIdle();
        window.requireNotVisible();
        assertThat(session.events(BreakEventType.COMPLETED)).containsExactly("COMPLETED micro done");
    }

    @Test
    void strictModeOffersStopThisHurtsWhichTurnsTheBreakIntoARest() {
        start(MICRO_20S.toBuilder().strictMode(true).build()).untilNotice().idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        session.idle(ofSeconds(3));
        robot.waitForIdle();
        window.button("break.stop").click();
        robot.waitForIdle();
        window.label("break.stretchName").requireText("A moment to rest");
        assertThat(GuiActionRunner.execute(() -> session.ui.shownBreak().buttons())).isEmpty();
        String hold = window.label("break.hold").text();
        session.idle(ofSeconds(2));
        robot.waitForIdle();
        assertThat(window.label("break.hold").text()).as("the rest keeps counting down").isNotEqualTo(hold);
        session.idle(ofSeconds(20));
        robot.waitForIdle();
        assertThat(session.events(BreakEventType.COMPLETED)).containsExactly("COMPLETED micro stopped");
        window.button("break.close").click();
        window.requireNotVisible();
    }

    /** The window's step, hold countdown and time left are the engine's, to the second. */
    private void assertShowsTheEnginesTime(FrameFixture window, Routine routine) {
        BreakTime engine = session.snapshot().breakTime();
        BreakWindow.Shown shown = GuiActionRunner.execute(() -> session.ui.shownBreak());
        assertThat(shown.elapsedMillis()).isEqualTo(engine.elapsed().toMillis());
        window.label("break.left").requireText(BreakTexts.timeLeft(engine.left()));
        Optional<Moment> moment = routine.momentAt(engine.elapsed());
        if (moment.isPresent()) {
            Duration leftInMoment = moment.get().end().minus(engine.elapsed());
            assertThat(shown.action()).endsWith(BreakTexts.shortTime(leftInMoment));
            assertThat(shown.action()).startsWith(BreakTexts.momentAction(moment.get().kind()));
        }
    }
}
