package dev.unhunch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;

import dev.unhunch.app.PreferencesWiring;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.ui.theme.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import javax.swing.JTable;
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

/** The Stretches tab: grouped by posture, and the equipment ticked decides what can be offered. */
@RobotDriven
@Timeout(60)
class StretchesTabGuiTest {

    @TempDir
    Path dir;

    private Robot robot;
    private DialogFixture window;
    private SettingsDialog dialog;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        if (robot != null) {
            robot.cleanUp();
        }
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    private FileSettingsStore store() {
        return new FileSettingsStore(dir.resolve("config"), dir.resolve("admin.properties"));
    }

    private void open(boolean dark) {
        GuiActionRunner.execute(() -> Themes.install(dark));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        PreferencesWiring wiring = new PreferencesWiring(store(), null, ZoneOffset.UTC, Clock.systemUTC(), null,
                List.of("unhunch"));
        dialog = GuiActionRunner.execute(() -> {
            SettingsDialog d = new SettingsDialog(null, wiring.settingsPort(), t -> { }, StretchCatalog.bundled().all());
            d.setLocation(40, 40);
            d.setVisible(true);
            return d;
        });
        window = new DialogFixture(robot, dialog);
        window.tabbedPane("settingsTabs").selectTab("Stretches");
    }

    private StretchChoices model() {
        return GuiActionRunner.execute(() -> (StretchChoices) window.table("stretches").target().getModel());
    }

    private int rowOf(String name) {
        StretchChoices m = model();
        return GuiActionRunner.execute(() -> m.rowOf(name));
    }

    private boolean possible(String name) {
        StretchChoices m = model();
        return GuiActionRunner.execute(() -> m.possible(m.stretchAt(m.rowOf(name))));
    }

    @Test
    void groupsByPostureWithWhatEachNeeds() {
        open(false);
        JTable table = window.table("stretches").target();
        List<String> headings = GuiActionRunner.execute(() -> {
            StretchChoices m = (StretchChoices) table.getModel();
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < m.getRowCount(); i++) {
                if (m.row(i).heading()) {
                    out.add(String.valueOf(m.getValueAt(i, StretchChoices.NAME)));
                }
            }
            return out;
        });
        assertThat(headings).containsExactly("Seated", "Standing", "On the floor");
        assertThat(window.table("stretches").valueAt(row(rowOf("Corner stretch")).column(StretchChoices.NEEDS)))
                .isEqualTo("Wall corner");
        assertThat(window.table("stretches").valueAt(row(rowOf("Roller stretch")).column(StretchChoices.NEEDS)))
                .isEqualTo("Foam roller, or a rolled towel and a small pillow (at home)");
        Screenshots.of("settings-stretches-grouped", dialog).requirePainted().requireLight();
    }

    @Test
    void theEquipmentTickedDecidesWhatIsOffered() throws IOException {
        open(false);
        // a fresh install: at a desk, a wall or doorway, nothing else
        assertThat(possible("Corner stretch")).isTrue();
        assertThat(possible("Cat-cow")).as("on the floor, not at the desk").isFalse();
        assertThat(possible("Upper-back chair extension")).as("no low-backed chair ticked").isFalse();

        window.checkBox("stretches.onlyPossible").check();
        assertThat(rowOf("Cat-cow")).isEqualTo(-1);
        assertThat(rowOf("Upper-back chair extension")).isEqualTo(-1);
        assertThat(rowOf("Corner stretch")).isNotNegative();

        window.checkBox("setting.stretch.atHome").check();
        assertThat(rowOf("Cat-cow")).as("at home, but no mat").isEqualTo(-1);
        assertThat(rowOf("Roller stretch")).as("a rolled towel will do").isNotNegative();
        window.checkBox("setting.equipment.mat").check();
        assertThat(rowOf("Cat-cow")).isNotNegative();
        assertThat(rowOf("Upper-back rolls")).as("no foam roller").isEqualTo(-1);
        Screenshots.of("settings-stretches-home-mat", dialog).requirePainted();
        window.checkBox("setting.equipment.foamRoller").check();
        assertThat(rowOf("Upper-back rolls")).isNotNegative();
        window.checkBox("setting.equipment.wallOrDoorway").uncheck();
        assertThat(rowOf("Corner stretch")).isEqualTo(-1);
        assertThat(rowOf("Doorway chest stretch")).isEqualTo(-1);

        window.table("stretches").cell(row(rowOf("Cat-cow")).column(StretchChoices.FAVOURITE)).click();
        window.button("settings.apply").requireEnabled().click();
        robot.waitForIdle();
        Settings stored = store().current();
        assertThat(stored.stretches().atHome()).isTrue();
        assertThat(stored.stretches().kit().mat()).isTrue();
        assertThat(stored.stretches().kit().foamRoller()).isTrue();
        assertThat(stored.stretches().kit().wallOrDoorway()).isFalse();
        assertThat(stored.stretches().favourites()).containsExactly("cat-cow");
        assertThat(Files.readString(store().file())).contains("equipment.mat = true", "equipment.wallOrDoorway = false");

        window.checkBox("stretches.onlyPossible").uncheck();
        assertThat(rowOf("Corner stretch")).as("greyed, not gone, without the filter").isNotNegative();
        assertThat(possible("Corner stretch")).isFalse();
        window.button("settings.cancel").click();
    }

    @Test
    void looksRightInDark() {
        open(true);
        window.checkBox("setting.stretch.atHome").check();
        window.checkBox("setting.equipment.mat").check();
        Screenshots.of("settings-stretches-dark", dialog).requirePainted().requireDark();
        window.button("settings.cancel").click();
    }
}
