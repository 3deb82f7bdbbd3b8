package dev.unhunch.app;

import dev.unhunch.testsupport.ClippedTexts;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.notice.NoticeWindow;
import java.awt.Window;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-time hint for desktops without a tray (stock GNOME) reads whole in every language: its
 * long sentence with the extension's name wraps instead of being cut off. Saved as
 * {@code lang-<tag>-tray-hint.png} for a look.
 */
@RobotDriven
@Timeout(60)
class TranslatedTrayHintGuiTest {

    @TempDir
    Path dir;

    private Robot robot;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        GuiActionRunner.execute(() -> {
            for (Window w : Window.getWindows()) {
                w.dispose();
            }
        });
        Texts.setLocale(Locale.ENGLISH);
        robot.cleanUp();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "es", "fr", "pt-BR"})
    void theHintReadsWhole(String language) {
        Texts.useLanguage(language);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        TrayHint.showOnce(dir);
        Waits.until("the tray hint", 10_000, () -> GuiActionRunner.execute(() -> notice().isPresent()));
        Window hint = GuiActionRunner.execute(() -> notice().orElseThrow());
        robot.waitForIdle();
        Screenshots.of("lang-" + language + "-tray-hint", hint).requirePainted();
        ClippedTexts.require(hint);
    }

    private static Optional<Window> notice() {
        return Arrays.stream(Window.getWindows()).filter(w -> w.isShowing() && NoticeWindow.WINDOW_NAME.equals(w.getName()))
                .findFirst();
    }
}
