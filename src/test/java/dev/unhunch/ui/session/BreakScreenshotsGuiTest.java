package dev.unhunch.ui.session;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
import java.util.Locale;
import java.util.regex.Pattern;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pictures of the notice and the break window in both themes, for a person to review. */
class BreakScreenshotsGuiTest extends GuiTestBase {

    @AfterEach
    void backToLight() {
        GuiActionRunner.execute(() -> Themes.install(false));
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void germanAndBackToEnglishDuringTheBreak() {
        Texts.setLocale(Locale.GERMAN);
        robot.moveMouse(new java.awt.Point(5, 1070));
        start(Settings.defaults().toBuilder().microEnabled(false).build()).untilNotice();
        FrameFixture notice = notice();
        notice.button("notice.startNow").requireText("Jetzt starten");
        notice.label("notice.coming").requireText(Pattern.compile("Gleich: .+"));
        Screenshots.take("notice-german");

        session.idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        session.idle(ofSeconds(20));
        robot.waitForIdle();
        window.label("break.kind").requireText("Lange Pause");
        window.button("break.next").requireText("Weiter");
        window.label("break.position").requireText(Pattern.compile("Übung 1 von \\d+"));
        String germanStep = window.textBox("break.step").text();
        Screenshots.take("break-window-german");

        Texts.setLocale(Locale.ENGLISH); // as when the setting changes during the break
        robot.waitForIdle();
        window.button("break.next").requireText("Next");
        window.label("break.kind").requireText("Long break");
        assertThat(window.textBox("break.step").text()).isNotEqualTo(germanStep);
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
