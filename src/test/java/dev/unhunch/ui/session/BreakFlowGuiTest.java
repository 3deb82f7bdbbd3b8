package dev.unhunch.ui.session;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.ui.breakwindow.BreakWindow;
import dev.unhunch.ui.prompt.BreakNotice;
import javax.swing.JProgressBar;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A whole micro break through the real engine: notice, Start now, guided steps, the exits. */
@RobotDriven
class BreakFlowGuiTest {

    private Robot robot;
    private BreakSession session;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        session = new BreakSession(BreakSession.microOnly());
    }

    @AfterEach
    void close() {
        session.close();
        robot.cleanUp();
    }

    @Test
    void noticeThenStartNowThenStepsFollowTheEngineThenLeavingEarlyIsNotTaken() {
        session.untilNotice();
        robot.waitForIdle();
        FrameFixture notice = WindowFinder.findFrame(BreakNotice.WINDOW_NAME).using(robot);
        notice.requireVisible();
        notice.label("notice.kind").requireText("Micro break");
        notice.label("notice.countdown").requireText("in 15 s");
        String coming = notice.label("notice.coming").text();
        assertThat(coming).startsWith("Coming up: ");
        session.active(ofSeconds(3));
        robot.waitForIdle();
        notice.label("notice.countdown").requireText("in 12 s");

        notice.button("notice.startNow").click();
        robot.waitForIdle();
        assertThat(session.stage()).isEqualTo(BreakStage.BREAK);
        assertThat(session.events(BreakEventType.STARTED)).containsExactly("STARTED micro now");
        notice.requireNotVisible();
        FrameFixture window = WindowFinder.findFrame(BreakWindow.WINDOW_NAME).using(robot);
        window.requireVisible();
        window.label("break.kind").requireText("Micro break");
        String name = window.label("break.stretchName").text();
        assertThat(coming).contains(name);
        assertThat(window.label("break.position").text()).matches("Stretch 1 of \\d");

        String firstStep = window.textBox("break.step").text();
        int firstProgress = progress(window);
        String firstHold = window.label("break.hold").text();
        session.idle(ofSeconds(1));
        robot.waitForIdle();
        assertThat(window.label("break.hold").text()).isNotEqualTo(firstHold);
        // a few engine seconds later the routine has moved on: the step, repetition or hold changed
        session.idle(ofSeconds(6));
        robot.waitForIdle();
        String later = window.textBox("break.step").text() + "|" + window.label("break.repetition").text();
        assertThat(later).isNotEqualTo(firstStep + "|");
        assertThat(progress(window)).isGreaterThan(firstProgress);
        assertThat(window.label("break.source").text()).startsWith("Source: ");

        // the stretches are not finished: no Done, but a way out that is recorded as such
        assertThat(visible(window, "break.done")).isFalse();
        window.button("break.endEarly").requireText("End early").click();
        robot.waitForIdle();
        assertThat(session.stage()).isEqualTo(BreakStage.COUNTING);
        assertThat(session.events(BreakEventType.ENDED_EARLY)).containsExactly("ENDED_EARLY micro");
        assertThat(session.events(BreakEventType.COMPLETED)).isEmpty();
        window.requireNotVisible();
        assertThat(session.stretchesUsed).hasSize(1);
        assertThat(session.stretchesUsed.get(0)).startsWith("micro [");
    }

    @Test
    void theBreakEndsOnTheEnginesTimeAndShowsTheSafetyLine() {
        session.untilNotice().idle(ofSeconds(3));
        robot.waitForIdle();
        assertThat(session.stage()).isEqualTo(BreakStage.BREAK);
        FrameFixture window = WindowFinder.findFrame(BreakWindow.WINDOW_NAME).using(robot);
        // Next jumps to the end of the routine; the engine still decides when the break ends
        while (window.target().isShowing() && nextShown(window)) { // Next goes once "All done" shows
            window.button("break.next").click();
        }
        window.label("break.stretchName").requireText("All done");
        assertThat(window.textBox("break.hint").text()).startsWith("Stop if").contains("see a doctor");
        window.button("break.back").click();
        assertThat(window.label("break.stretchName").text()).isNotEqualTo("All done");
        assertThat(session.stage()).isEqualTo(BreakStage.BREAK);

        session.idle(ofSeconds(30));
        robot.waitForIdle();
        assertThat(session.events(BreakEventType.COMPLETED)).containsExactly("COMPLETED micro");
        // the break is over: the window says so and offers nothing but Close
        window.label("break.stretchName").requireText("All done");
        assertThat(GuiActionRunner.execute(() -> session.ui.shownBreak().buttons())).containsExactly("break.close");
        window.button("break.close").requireText("Close").click();
        window.requireNotVisible();
        assertThat(session.stage()).isEqualTo(BreakStage.COUNTING);
    }

    @Test
    void typingDuringTheBreakShowsThatItWaits() {
        session.untilNotice().idle(ofSeconds(5));
        robot.waitForIdle();
        FrameFixture window = WindowFinder.findFrame(BreakWindow.WINDOW_NAME).using(robot);
        session.active(ofSeconds(2));
        robot.waitForIdle();
        window.label("break.status").requireText("Paused while you type \u2014 the break continues when you stop.");
        session.idle(ofSeconds(3));
        robot.waitForIdle();
        window.label("break.status").requireText(" ");
    }

    @Test
    void stretchNowShowsOneQuickChairStretchAndCountsAsAMicroBreak() {
        session.active(ofSeconds(60));
        assertThat(session.ui.stretchNow().accepted()).isTrue();
        robot.waitForIdle();
        FrameFixture window = WindowFinder.findFrame(BreakWindow.WINDOW_NAME).using(robot);
        window.requireVisible();
        window.label("break.position").requireText("Stretch 1 of 1");
        assertThat(session.events(BreakEventType.STARTED)).containsExactly("STARTED micro on-demand");
        assertThat(visible(window, "break.snooze")).as("an on-demand stretch is not snoozed").isFalse();
        assertThat(visible(window, "break.skip")).isFalse();
        // The break lasts as long as the one stretch (at most 2.5 min), not the micro break's 30 s.
        java.time.Duration length = session.snapshot().breakTime().length();
        assertThat(length).isEqualTo(GuiActionRunner.execute(() -> session.ui.breakWindow().routine().total()));
        session.idle(length.minusSeconds(1));
        robot.waitForIdle();
        assertThat(window.textBox("break.step").text()).isNotEqualTo("Well done. Take a few easy breaths before you go back to work.");
        window.label("break.left").requireText("1 s left");
        session.idle(ofSeconds(1));
        robot.waitForIdle();
        assertThat(session.count(BreakEventType.COMPLETED, BreakKind.MICRO)).isEqualTo(1);
        window.label("break.stretchName").requireText("All done");
        window.button("break.close").requireVisible();
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        window.requireNotVisible();
    }

    private boolean visible(FrameFixture f, String name) {
        return GuiActionRunner.execute(() -> robot.finder().findByName(f.target(), name, false).isVisible());
    }

    @Test
    void reducedMotionShowsStillFrames() {
        session.close();
        session = new BreakSession(BreakSession.microOnly().toBuilder().reducedMotion(true).build());
        session.untilNotice().idle(ofSeconds(3));
        robot.waitForIdle();
        FrameFixture window = WindowFinder.findFrame(BreakWindow.WINDOW_NAME).using(robot);
        dev.unhunch.ui.illustration.StretchFigure figure = window.robot().finder().findByName(
                window.target(), "break.figure", dev.unhunch.ui.illustration.StretchFigure.class, true);
        session.idle(ofSeconds(4));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(figure::isReducedMotion)).isTrue();
        assertThat(GuiActionRunner.execute(figure::isAnimating)).isFalse();
    }

    private static int progress(FrameFixture window) {
        JProgressBar bar = window.robot().finder().findByName(window.target(), "break.progress",
                JProgressBar.class, true);
        return GuiActionRunner.execute(bar::getValue);
    }

    /** Whether Next shows (it goes once the window says "All done"). */
    private static boolean nextShown(org.assertj.swing.fixture.FrameFixture window) {
        return org.assertj.swing.edt.GuiActionRunner.execute(() -> window.robot().finder()
                .findAll(window.target(), c -> "break.next".equals(c.getName()) && c.isShowing() && c.isEnabled())
                .size() == 1);
    }
}
