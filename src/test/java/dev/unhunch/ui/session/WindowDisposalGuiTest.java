package dev.unhunch.ui.session;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.testsupport.Tools;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.ui.breakwindow.BreakWindow;
import dev.unhunch.ui.prompt.BreakNotice;
import java.awt.Window;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/**
 * Between breaks the app holds no notice or break window: both are disposed when they close, so
 * they leave the X server's window tree (with their buffers), and the next break makes new ones
 * that open as the first did. Checked in the real X server's tree, not only in AWT's list.
 */
class WindowDisposalGuiTest extends GuiTestBase {

    private static final String NOTICE_TITLE = "Unhunch: break coming up";
    private static final String BREAK_TITLE = "Unhunch break";

    @Test
    void afterABreakNeitherWindowIsLeftInTheXTreeAndTheNextBreakOpensBothAgain() {
        start(new BreakSession(BreakSession.microOnly()));
        AtomicInteger windowsClosed = new AtomicInteger();
        session.ui.setWindowsClosedListener(windowsClosed::incrementAndGet);

        for (int round = 1; round <= 2; round++) {
            session.untilNotice();
            FrameFixture notice = notice();
            notice.requireVisible();
            notice.label("notice.kind").requireText("Micro break");
            assertThat(notice.label("notice.coming").text()).startsWith("Coming up: ");
            Waits.untilViewable(NOTICE_TITLE, 5_000);

            session.idle(ofSeconds(3)); // resting through the notice starts the break
            assertThat(session.stage()).isEqualTo(BreakStage.BREAK);
            FrameFixture window = breakWindow();
            window.requireVisible();
            window.label("break.kind").requireText("Micro break");
            assertThat(window.label("break.position").text()).matches("Stretch 1 of \\d");
            Waits.untilViewable(BREAK_TITLE, 5_000);
            Waits.until("the notice gone from the X tree", 5_000, () -> !xTree().contains(NOTICE_TITLE));
            assertThat(displayable(BreakNotice.WINDOW_NAME)).as("notices with a native window").isEmpty();

            session.idle(ofSeconds(30));
            robot.waitForIdle();
            assertThat(session.events(BreakEventType.COMPLETED)).hasSize(round);
            window.button("break.close").click();
            robot.waitForIdle();

            assertThat(displayable(BreakWindow.WINDOW_NAME)).as("break windows with a native window").isEmpty();
            assertThat(displayable(BreakNotice.WINDOW_NAME)).as("notices with a native window").isEmpty();
            Waits.until("the break window gone from the X tree", 5_000, () -> !xTree().contains(BREAK_TITLE));
            assertThat(xTree()).doesNotContain(NOTICE_TITLE);
            int expected = round;
            Waits.until("the windows-closed listener told", 5_000 + SwingBreakUi.SETTLE_AFTER_WINDOWS.toMillis(),
                    () -> windowsClosed.get() == expected);
        }
    }

    @Test
    void aSnoozedNoticeIsDisposedAndTheNextNoticeOpens() {
        start(new BreakSession(BreakSession.microOnly()));
        session.untilNotice();
        FrameFixture notice = notice();
        notice.button("notice.snooze").click();
        robot.waitForIdle();
        assertThat(session.stage()).isEqualTo(BreakStage.COUNTING);
        assertThat(displayable(BreakNotice.WINDOW_NAME)).isEmpty();
        Waits.until("the notice gone from the X tree", 5_000, () -> !xTree().contains(NOTICE_TITLE));

        session.untilNotice();
        FrameFixture again = notice();
        again.requireVisible();
        again.label("notice.kind").requireText("Micro break");
        Waits.untilViewable(NOTICE_TITLE, 5_000);
    }

    /** Windows of this name that still hold a native window (shown or merely hidden). */
    private static List<Window> displayable(String name) {
        return GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows())
                .filter(w -> name.equals(w.getName()) && w.isDisplayable()).toList());
    }

    /** Every window the X server knows, mapped or not, with its title. */
    private static String xTree() {
        return Tools.run("xwininfo", "-root", "-tree");
    }
}
