package dev.unhunch.app;

import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.testsupport.ClippedTexts;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
import dev.unhunch.ui.welcome.FirstRunSheet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first-run sheet in every translation, light theme: a picture for a person to look at
 * (target/screenshots/lang-*-first-run.png), and no label, choice or button cut off. The longest
 * words of the sheet are the rhythm lines and the equipment choices, so "at home" is chosen.
 */
@RobotDriven
@Timeout(60)
class TranslatedFirstRunScreenshotsGuiTest {

    @TempDir
    Path dir;

    private Robot robot;
    private JFrame sheet;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    @AfterEach
    void english() {
        if (sheet != null) {
            GuiActionRunner.execute(sheet::dispose);
        }
        Texts.setLocale(Locale.ENGLISH);
        if (robot != null) {
            robot.cleanUp();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "es", "fr", "pt-BR"})
    void firstRunSheet(String language) {
        Texts.useLanguage(language);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        PreferencesWiring wiring = new PreferencesWiring(
                new FileSettingsStore(dir.resolve("config"), dir.resolve("admin.properties")), null,
                ZoneOffset.UTC, Clock.systemUTC(), null, List.of("unhunch"));
        sheet = GuiActionRunner.execute(() -> FirstRunSheet.show(wiring.settingsPort(),
                StretchCatalog.bundled().safetyNote()));
        FrameFixture fixture = new FrameFixture(robot, sheet);
        fixture.radioButton("firstRun.home").click();
        fixture.checkBox("firstRun.equipment.mat").check();
        robot.waitForIdle();
        Screenshots.of("lang-" + language + "-first-run", sheet).requirePainted().requireLight();
        ClippedTexts.require(sheet);
    }
}
