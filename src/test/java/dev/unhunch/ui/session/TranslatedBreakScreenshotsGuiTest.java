package dev.unhunch.ui.session;

import static java.time.Duration.ofSeconds;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.testsupport.ClippedTexts;
import dev.unhunch.testsupport.Mnemonics;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.ui.i18n.Texts;
import java.awt.Point;
import java.util.Locale;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notice and the break window in every translation, light theme: pictures for a person to
 * look at (target/screenshots/lang-*), no label or button cut off by a longer language, and no
 * two buttons on the same keyboard letter.
 */
class TranslatedBreakScreenshotsGuiTest extends GuiTestBase {

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "es", "fr", "pt-BR"})
    void noticeAndBreakWindow(String language) {
        Texts.useLanguage(language);
        robot.moveMouse(new Point(5, 1070));
        start(Settings.defaults().toBuilder().microEnabled(false).build()).untilNotice();
        FrameFixture notice = notice();
        robot.waitForIdle();
        Screenshots.of("lang-" + language + "-notice", notice.target()).requirePainted().requireLight();
        ClippedTexts.require(notice.target());
        Mnemonics.requireDistinct(notice.target());

        session.idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        session.idle(ofSeconds(20));
        robot.waitForIdle();
        Screenshots.of("lang-" + language + "-break-window", window.target()).requirePainted().requireLight();
        ClippedTexts.require(window.target());
        Mnemonics.requireDistinct(window.target());
        while (window.target().isShowing() && nextShown(window)) { // Next goes once "All done" shows
            window.button("break.next").click();
        }
        robot.waitForIdle();
        Screenshots.of("lang-" + language + "-break-window-finished", window.target()).requirePainted();
        ClippedTexts.require(window.target());
    }

    /** Whether Next shows (it goes once the window says "All done"). */
    private static boolean nextShown(org.assertj.swing.fixture.FrameFixture window) {
        return org.assertj.swing.edt.GuiActionRunner.execute(() -> window.robot().finder()
                .findAll(window.target(), c -> "break.next".equals(c.getName()) && c.isShowing() && c.isEnabled())
                .size() == 1);
    }
}
