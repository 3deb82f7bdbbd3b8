package dev.unhunch.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.ui.prompt.NoticeCorner;
import java.awt.Rectangle;
import java.awt.Window;
import java.time.Duration;
import java.util.Arrays;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/** Where the notice goes, and the daily-limit message. */
class NoticePlacementGuiTest extends GuiTestBase {

    @Test
    void theNoticeCanSitInAnotherCornerNearTheTray() {
        start(BreakSession.microOnly()).ui.setNoticeCorner(NoticeCorner.BOTTOM_LEFT);
        session.untilNotice();
        FrameFixture notice = notice();
        Rectangle bounds = GuiActionRunner.execute(() -> notice.target().getBounds());
        Rectangle screen = GuiActionRunner.execute(() -> notice.target().getGraphicsConfiguration().getBounds());
        assertThat(bounds.x - screen.x).isBetween(0, 40);
        assertThat(screen.y + screen.height - (bounds.y + bounds.height)).isBetween(0, 60);
    }

    @Test
    void theDailyLimitIsAnnouncedWithoutTakingFocus() {
        start(BreakSession.microOnly());
        session.onEngine(() -> {
            session.ui.showDailyLimit(Duration.ofHours(8).plusMinutes(2), Duration.ofHours(8));
            return null;
        });
        robot.waitForIdle();
        Window dialog = GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows())
                .filter(w -> DailyLimitMessage.WINDOW_NAME.equals(w.getName()) && w.isVisible())
                .findFirst().orElseThrow());
        assertThat(GuiActionRunner.execute(dialog::isFocused)).isFalse();
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JDialog) dialog).isModal())).isFalse();
        GuiActionRunner.execute(dialog::dispose);
    }
}
