package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
import dev.unhunch.ui.welcome.FirstRunSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first start: the settings template is written, the sheet appears without taking focus, the
 * choices made in it land in the file, and the second start shows nothing.
 */
@RobotDriven
@Timeout(60)
class FirstRunGuiTest {

    @TempDir
    Path dir;

    private Robot robot;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        if (robot != null) {
            robot.cleanUp();
        }
        GuiActionRunner.execute(() -> {
            Themes.install(false);
            Texts.setLocale(Locale.ENGLISH);
        });
    }

    private FileSettingsStore store() {
        return new FileSettingsStore(dir.resolve("config"), dir.resolve("admin.properties"));
    }

    private FrameFixture show(FileSettingsStore store) {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        PreferencesWiring wiring = new PreferencesWiring(store, null, ZoneOffset.UTC, Clock.systemUTC(), null,
                List.of("unhunch"));
        JFrame frame = GuiActionRunner.execute(() -> FirstRunSheet.show(wiring.settingsPort(),
                StretchCatalog.bundled().safetyNote()));
        return new FrameFixture(robot, frame);
    }

    @Test
    void homeMatAndFrequentAreWrittenAndTheSecondStartShowsNothing() throws IOException {
        FileSettingsStore store = store();
        assertThat(AppServices.firstStart(store)).as("the first start").isTrue();
        assertThat(Files.readString(store.file())).contains("# micro.interval = 20m");
        store.load();
        FrameFixture sheet = show(store);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> sheet.target().isFocused())).as("no focus taken").isFalse();
        assertThat(sheet.textBox("firstRun.safety").text()).contains("Stop if anything hurts");
        sheet.radioButton("firstRun.rhythm.standard").requireSelected();
        sheet.radioButton("firstRun.desk").requireSelected();
        Screenshots.of("first-run", sheet.target()).requirePainted().requireLight();

        sheet.radioButton("firstRun.home").click();
        sheet.checkBox("firstRun.equipment.mat").check();
        sheet.radioButton("firstRun.rhythm.frequent").click();
        sheet.radioButton("firstRun.rhythm.frequent").requireSelected();
        sheet.checkBox("firstRun.equipment.mat").requireSelected();
        sheet.button("firstRun.ok").click();
        robot.waitForIdle();
        sheet.requireNotVisible();

        String text = Files.readString(store.file());
        assertThat(text).contains("stretch.atHome = true", "equipment.mat = true", "micro.interval = 10m",
                "long.interval = 45m", "long.length = 8m", "# equipment.foamRoller = false");
        Settings again = store().current();
        assertThat(again.stretches().atHome()).isTrue();
        assertThat(again.stretches().kit().mat()).isTrue();
        assertThat(again.micro().interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(AppServices.firstStart(store())).as("the second start").isFalse();
        assertThat(Files.readString(store.file())).isEqualTo(text);
    }

    @Test
    void skipKeepsTheTemplateAndAClickLetsTheSheetTakeFocus() throws IOException {
        FileSettingsStore store = store();
        assertThat(AppServices.firstStart(store)).isTrue();
        String template = Files.readString(store.file());
        store.load();
        FrameFixture sheet = show(store);
        sheet.checkBox("firstRun.equipment.foamRoller").check();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> sheet.target().getFocusableWindowState()))
                .as("focusable once clicked").isTrue();
        sheet.button("firstRun.skip").click();
        sheet.requireNotVisible();
        assertThat(Files.readString(store.file())).isEqualTo(template);
        assertThat(AppServices.firstStart(store())).isFalse();
    }

    @Test
    void looksRightInDarkAndGerman() throws IOException {
        GuiActionRunner.execute(() -> {
            Themes.install(true);
            Texts.setLocale(Locale.GERMAN);
        });
        FileSettingsStore store = store();
        AppServices.firstStart(store);
        store.load();
        FrameFixture sheet = show(store);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> sheet.target().getTitle())).isEqualTo("Willkommen bei Unhunch");
        sheet.radioButton("firstRun.rhythm.gentle").requireText(
                "Sanft – 20 s Pause nach je 30 Min. Aktivität, 5 Min. Dehnpause nach je 1 Std. 30 Min.");
        Screenshots.of("first-run-dark-de", sheet.target()).requirePainted().requireDark();
        sheet.button("firstRun.skip").click();
    }
}
