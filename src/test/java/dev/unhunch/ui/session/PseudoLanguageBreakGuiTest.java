package dev.unhunch.ui.session;

import static java.time.Duration.ofSeconds;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.UnmarkedTexts;
import dev.unhunch.ui.i18n.Texts;
import java.awt.Point;
import java.time.Duration;
import java.util.Locale;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Under the marking test language every word of the notice, the break window (running, paused
 * while the user types, finished, strict) and the daily-limit message comes from the bundle or
 * the stretch catalog: any other word fails the test by name. Pictures: target/screenshots/pseudo-*.
 */
class PseudoLanguageBreakGuiTest extends GuiTestBase {

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void theNoticeAndTheBreakWindowShowOnlyBundleTexts() {
        Texts.setLocale(Texts.PSEUDO);
        robot.moveMouse(new Point(5, 1070));
        start(Settings.defaults().toBuilder().microEnabled(false).build()).untilNotice();
        FrameFixture notice = notice();
        UnmarkedTexts.require(notice.target());
        Screenshots.of("pseudo-notice", notice.target()).requirePainted();

        session.idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        session.idle(ofSeconds(20));
        robot.waitForIdle();
        UnmarkedTexts.require(window.target());
        Screenshots.of("pseudo-break-window", window.target()).requirePainted();

        session.active(ofSeconds(2));
        robot.waitForIdle();
        UnmarkedTexts.require(window.target());

        while (window.target().isShowing() && nextShown(window)) { // Next goes once "All done" shows
            window.button("break.next").click();
        }
        robot.waitForIdle();
        UnmarkedTexts.require(window.target());
        Screenshots.of("pseudo-break-window-finished", window.target()).requirePainted();
    }

    @Test
    void aStrictBreakShowsOnlyBundleTexts() {
        Texts.setLocale(Texts.PSEUDO);
        robot.moveMouse(new Point(5, 1070));
        start(BreakSession.microOnly().toBuilder().strictMode(true).build()).untilNotice();
        UnmarkedTexts.require(notice().target());
        session.idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        session.idle(ofSeconds(5));
        robot.waitForIdle();
        UnmarkedTexts.require(window.target());
        Screenshots.of("pseudo-break-window-strict", window.target()).requirePainted();
    }

    @Test
    void theDailyLimitMessageShowsOnlyBundleTexts() {
        Texts.setLocale(Texts.PSEUDO);
        GuiActionRunner.execute(() -> DailyLimitMessage.show(Duration.ofMinutes(8 * 60 + 5), Duration.ofHours(8)));
        DialogFixture message = WindowFinder.findDialog(DailyLimitMessage.WINDOW_NAME).using(robot);
        UnmarkedTexts.require(message.target());
        Screenshots.of("pseudo-daily-limit", message.target()).requirePainted();
        message.close();
    }

    /** Whether Next shows (it goes once the window says "All done"). */
    private static boolean nextShown(org.assertj.swing.fixture.FrameFixture window) {
        return org.assertj.swing.edt.GuiActionRunner.execute(() -> window.robot().finder()
                .findAll(window.target(), c -> "break.next".equals(c.getName()) && c.isShowing() && c.isEnabled())
                .size() == 1);
    }
}
