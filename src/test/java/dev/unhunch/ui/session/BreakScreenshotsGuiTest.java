package dev.unhunch.ui.session;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.stretch.RoutinePlanner;
import dev.unhunch.core.stretch.Side;
import dev.unhunch.core.stretch.StretchPreferences;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.Shot;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pictures of the notice and the break window in both themes, saved for a person to review and
 * checked for what the X server shows: each window painted, light or dark as its theme, and the
 * finished break looking different from the running one.
 */
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
        Screenshots.of("notice-german", notice.target()).requirePainted();

        session.idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        session.idle(ofSeconds(20));
        robot.waitForIdle();
        window.label("break.kind").requireText("Lange Pause");
        window.button("break.next").requireText("Weiter");
        window.label("break.position").requireText(Pattern.compile("Übung 1 von \\d+"));
        String germanStep = window.textBox("break.step").text();
        Screenshots.of("break-window-german", window.target()).requirePainted();

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
        start(new BreakSession(minuteAndAHalfMicro(), oneSidedMicroSeed())).untilNotice().idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        robot.waitForIdle();
        window.label("break.side").requireText(Texts.text("side.left"));
        Screenshots.of("break-window-micro-light", window.target()).requirePainted().requireLight();
    }

    /** Micro breaks long enough for one full hold per side of the neck stretch (the 30 s default is not). */
    private static Settings minuteAndAHalfMicro() {
        return BreakSession.microOnly().toBuilder().microLength(Duration.ofSeconds(90)).build();
    }

    /** A planner seed whose micro break starts with a stretch done one side at a time. */
    private static long oneSidedMicroSeed() {
        Duration length = minuteAndAHalfMicro().micro().length();
        return LongStream.range(0, 1_000)
                .filter(seed -> new RoutinePlanner(BreakSession.CATALOG, new Random(seed))
                        .plan(length, false, StretchPreferences.defaults()).moments().get(0).side() == Side.LEFT)
                .findFirst().orElseThrow(() -> new AssertionError("no micro break starts with a one-sided stretch"));
    }

    private void shoot(boolean dark) {
        GuiActionRunner.execute(() -> Themes.install(dark));
        String theme = dark ? "dark" : "light";
        robot.moveMouse(new java.awt.Point(5, 1070));
        Settings longFirst = Settings.defaults().toBuilder().microEnabled(false).build();
        start(longFirst).untilNotice();
        FrameFixture notice = notice();
        notice.requireVisible();
        inTheme(Screenshots.of("notice-" + theme, notice.target()).requirePainted(), dark);

        session.idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        window.requireVisible();
        session.idle(ofSeconds(20));
        robot.waitForIdle();
        // keyboard focus rests on the step text, where no key typed by habit can act
        Waits.until("focus on the step text", 3000, () -> GuiActionRunner.execute(
                () -> window.textBox("break.step").target().isFocusOwner()));
        Shot running = inTheme(Screenshots.of("break-window-" + theme, window.target()).requirePainted(), dark);

        session.active(ofSeconds(2));
        robot.waitForIdle();
        window.label("break.status").requireText(
                "Paused while you type \u2014 the break continues when you stop.");
        while (window.target().isShowing() && nextShown(window)) { // Next goes once "All done" shows
            window.button("break.next").click();
        }
        robot.waitForIdle();
        inTheme(Screenshots.of("break-window-finished-" + theme, window.target()).requirePainted(), dark)
                .requireDifferentFrom(running);
    }

    private static Shot inTheme(Shot shot, boolean dark) {
        return dark ? shot.requireDark() : shot.requireLight();
    }

    /** Whether Next shows (it goes once the window says "All done"). */
    private static boolean nextShown(org.assertj.swing.fixture.FrameFixture window) {
        return org.assertj.swing.edt.GuiActionRunner.execute(() -> window.robot().finder()
                .findAll(window.target(), c -> "break.next".equals(c.getName()) && c.isShowing() && c.isEnabled())
                .size() == 1);
    }
}
