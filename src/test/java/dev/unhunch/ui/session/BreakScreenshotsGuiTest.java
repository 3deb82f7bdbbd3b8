package dev.unhunch.ui.session;

import static java.time.Duration.ofSeconds;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.ui.theme.Themes;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pictures of the notice and the break window in both themes, for a person to review. */
class BreakScreenshotsGuiTest extends GuiTestBase {

    @AfterEach
    void backToLight() {
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    @Test
    void light() {
        shoot(false);
    }

    @Test
    void dark() {
        shoot(true);
    }

    @Test
    void microBreakOnOneSide() {
        robot.moveMouse(new java.awt.Point(5, 1070));
        start(BreakSession.microOnly()).untilNotice().idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        for (int i = 0; i < 8 && window.label("break.side").text().isBlank(); i++) {
            session.idle(ofSeconds(1));
            robot.waitForIdle();
        }
        Screenshots.take("break-window-micro-light");
    }

    private void shoot(boolean dark) {
        GuiActionRunner.execute(() -> Themes.install(dark));
        String theme = dark ? "dark" : "light";
        robot.moveMouse(new java.awt.Point(5, 1070));
        Settings longFirst = Settings.defaults().toBuilder().microEnabled(false).build();
        start(longFirst).untilNotice();
        FrameFixture notice = notice();
        notice.requireVisible();
        Screenshots.take("notice-" + theme);

        session.idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        window.requireVisible();
        session.idle(ofSeconds(20));
        robot.waitForIdle();
        // keyboard focus rests on the step text, where no key typed by habit can act
        Waits.until("focus on the step text", 3000, () -> GuiActionRunner.execute(
                () -> window.textBox("break.step").target().isFocusOwner()));
        Screenshots.take("break-window-" + theme);

        session.active(ofSeconds(2));
        robot.waitForIdle();
        window.label("break.status").requireText(
                "Paused while you type \u2014 the break continues when you stop.");
        while (window.button("break.next").isEnabled()) {
            window.button("break.next").click();
        }
        Screenshots.take("break-window-finished-" + theme);
    }
}
