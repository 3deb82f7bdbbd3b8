package dev.unhunch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.app.PreferencesWiring;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preferences' "Don't interrupt" tab over a real settings file: a check switched off and the longest wait. */
@RobotDriven
@Timeout(60)
class DontInterruptTabGuiTest {

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
    }

    @Test
    void aCheckSwitchedOffAndALongerWaitAreSavedToTheFile() throws Exception {
        FileSettingsStore store = new FileSettingsStore(dir.resolve("config"), dir.resolve("admin.properties"));
        PreferencesWiring wiring = new PreferencesWiring(store, null, ZoneOffset.UTC, Clock.systemUTC(), null,
                List.of("unhunch"));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        SettingsDialog dialog = GuiActionRunner.execute(() -> {
            SettingsDialog d = new SettingsDialog(null, wiring.settingsPort(), t -> { },
                    StretchCatalog.bundled().all());
            d.setLocation(40, 40);
            d.setVisible(true);
            return d;
        });
        DialogFixture window = new DialogFixture(robot, dialog);
        window.tabbedPane("settingsTabs").selectTab("Don't interrupt");
        robot.waitForIdle();
        Screenshots.of("settings-dont-interrupt", window.target()).requirePainted();
        window.checkBox("setting.defer.microphone").requireSelected();
        window.checkBox("setting.defer.camera").requireSelected();
        window.checkBox("setting.defer.fullscreen").requireSelected();
        window.checkBox("setting.defer.dnd").requireSelected().uncheck();
        window.textBox("setting.defer.max").deleteText().enterText("45m");
        window.button("settings.ok").click();
        robot.waitForIdle();

        Settings onDisk = new FileSettingsStore(dir.resolve("config"), dir.resolve("admin.properties")).current();
        assertThat(onDisk.defer().doNotDisturb()).isFalse();
        assertThat(onDisk.defer().microphone()).isTrue();
        assertThat(onDisk.defer().maxDeferral()).isEqualTo(Duration.ofMinutes(45));
        assertThat(Files.readString(dir.resolve("config").resolve(FileSettingsStore.FILE_NAME)))
                .contains("defer.dnd = false").contains("defer.max = 45m");
    }
}
