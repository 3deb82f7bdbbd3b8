package dev.unhunch.ui.session;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakStage;
import java.awt.event.KeyEvent;
import dev.unhunch.testsupport.Waits;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/** Everything can be done with the keyboard once the user clicks into a window. */
class KeyboardGuiTest extends GuiTestBase {

    @Test
    void enterInTheNoticeStartsTheBreakAndAltKeysDriveTheWindow() {
        start(BreakSession.microOnly()).untilNotice();
        FrameFixture notice = notice();
        clickInto(notice, "notice.coming");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.waitForIdle();
        assertThat(session.stage()).isEqualTo(BreakStage.BREAK);

        FrameFixture window = breakWindow();
        clickInto(window, "break.kind");
        String before = where(window);
        alt(KeyEvent.VK_N);
        robot.waitForIdle();
        String afterNext = where(window);
        assertThat(afterNext).isNotEqualTo(before);
        alt(KeyEvent.VK_B);
        robot.waitForIdle();
        assertThat(where(window)).isEqualTo(before);

        alt(KeyEvent.VK_C);
        robot.waitForIdle();
        window.label("break.position").requireText("Stretch 1 of 1");

        alt(KeyEvent.VK_E); // End early: the chair stretch just began
        robot.waitForIdle();
        assertThat(session.events(BreakEventType.ENDED_EARLY)).containsExactly("ENDED_EARLY micro");
        window.requireNotVisible();
    }

    @Test
    void escapeSnoozesFromTheNoticeAndFromTheWindowAndAltKSkips() {
        start(BreakSession.microOnly()).untilNotice();
        FrameFixture notice = notice();
        clickInto(notice, "notice.kind");
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(session.snapshot().snoozesUsed()).isEqualTo(1);
        notice.requireNotVisible();

        session.untilNotice().idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        clickInto(window, "break.kind");
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(session.snapshot().snoozesUsed()).isEqualTo(2);
        window.requireNotVisible();

        session.untilNotice();
        notice = notice(); // each break has a new notice (the last one was disposed)
        clickInto(notice, "notice.kind");
        alt(KeyEvent.VK_K);
        robot.waitForIdle();
        assertThat(session.events(BreakEventType.SKIPPED)).containsExactly("SKIPPED micro");
        notice.requireNotVisible();
    }

    @Test
    void escapeDoesNothingInStrictMode() {
        start(BreakSession.microOnly().toBuilder().strictMode(true).build()).untilNotice();
        FrameFixture notice = notice();
        clickInto(notice, "notice.kind");
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(session.stage()).isEqualTo(BreakStage.NOTICE);
        alt(KeyEvent.VK_S);
        robot.waitForIdle();
        assertThat(session.stage()).isEqualTo(BreakStage.BREAK);
        FrameFixture window = breakWindow();
        clickInto(window, "break.kind");
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(session.stage()).isEqualTo(BreakStage.BREAK);
        window.requireVisible();
    }

    /** Clicks a label in the window and waits until the window has keyboard focus. */
    private void clickInto(FrameFixture window, String label) {
        robot.click(window.label(label).target());
        Waits.until("keyboard focus in " + window.target().getName(), 3000,
                () -> GuiActionRunner.execute(() -> window.target().isFocused()));
    }

    /** Presses a mnemonic: Alt and the key. */
    private void alt(int key) {
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(key);
        robot.releaseKey(KeyEvent.VK_ALT);
        robot.waitForIdle();
    }

    private static String where(FrameFixture window) {
        return window.textBox("break.step").text() + "|" + window.label("break.repetition").text() + "|"
                + window.label("break.action").text() + "|" + window.label("break.side").text();
    }
}
