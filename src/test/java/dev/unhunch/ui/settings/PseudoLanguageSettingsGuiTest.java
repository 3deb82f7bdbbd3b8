package dev.unhunch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.app.PreferencesWiring;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.UnmarkedTexts;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.awt.event.MouseEvent;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the marking test language every word on every tab of the preferences, and in the import
 * preview, comes from the bundle or the stretch catalog. Left alone, explicitly: the settings
 * file's path and the values in the fields (the user's data), and the import's change lines,
 * which show the file's keys and values.
 */
@RobotDriven
@Timeout(90)
class PseudoLanguageSettingsGuiTest {

    @TempDir
    Path dir;

    private Robot robot;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
        if (robot != null) {
            robot.cleanUp();
        }
    }

    @Test
    void everyTabAndTheImportPreviewShowOnlyBundleTexts() throws IOException {
        Texts.setLocale(Texts.PSEUDO);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        // a value the file holds but cannot be used (the field's warning mark) and working hours
        // with two ranges on a day (weekday rows, add and remove buttons)
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config").resolve(FileSettingsStore.FILE_NAME),
                "snooze.length = 9h\nworking.hours = mon-fri 09:00-12:00,13:00-17:00\n");
        FileSettingsStore store = new FileSettingsStore(dir.resolve("config"), dir.resolve("admin.properties"));
        PreferencesWiring wiring = new PreferencesWiring(store, null, ZoneOffset.UTC, Clock.systemUTC(), null,
                List.of("unhunch"));
        String location = wiring.settingsPort().location();
        // left out by name: the file's path, and each language named in itself in the drop-down
        java.util.Set<String> ownNames = new java.util.HashSet<>(List.of(location));
        Texts.SUPPORTED.forEach(l -> ownNames.add(Texts.nameInItself(l)));
        java.util.function.Predicate<String> allowed = ownNames::contains;
        SettingsDialog dialog = GuiActionRunner.execute(() -> {
            SettingsDialog d = new SettingsDialog(null, wiring.settingsPort(), theme -> { },
                    StretchCatalog.bundled().all());
            d.setLocation(40, 40);
            d.setVisible(true);
            return d;
        });
        DialogFixture window = new DialogFixture(robot, dialog);
        int tabs = GuiActionRunner.execute(() -> window.tabbedPane("settingsTabs").target().getTabCount());
        for (int i = 0; i < tabs; i++) {
            SettingsTabs.show(window, i);
            robot.waitForIdle();
            UnmarkedTexts.require(dialog, allowed);
            Screenshots.of("pseudo-settings-tab" + i, dialog).requirePainted();
        }

        // the Stretches tab at home with no kit ticked: every row's tool tip says what it needs,
        // and the greyed rows that cannot be offered say so
        SettingsTabs.show(window, 1);
        window.checkBox("stretches.onlyPossible").check();
        window.checkBox("setting.stretch.atHome").check();
        robot.waitForIdle();
        UnmarkedTexts.require(dialog, allowed);
        Screenshots.of("pseudo-settings-stretches-ticked", dialog).requirePainted();
        window.checkBox("stretches.onlyPossible").uncheck(); // the rows that cannot be offered, greyed
        robot.waitForIdle();
        JTable table = window.table("stretches").target();
        List<String> tips = GuiActionRunner.execute(() -> java.util.stream.IntStream.range(0, table.getRowCount())
                .mapToObj(row -> table.getToolTipText(new MouseEvent(table, MouseEvent.MOUSE_MOVED, 0, 0,
                        table.getCellRect(row, 0, true).x + 2, table.getCellRect(row, 0, true).y + 2, 0, false)))
                .filter(java.util.Objects::nonNull).toList());
        assertThat(tips).as("tool tips of the stretch rows").isNotEmpty()
                .anyMatch(t -> t.contains(Texts.text("stretches.notOffered", "").replace(Texts.PSEUDO_CLOSE, "")));
        assertThat(tips).as("tool tips of the stretch rows").allMatch(UnmarkedTexts::isMarked);
        window.checkBox("setting.stretch.atHome").uncheck();

        // a refusal beside a field, worded from the bundle
        SettingsTabs.show(window, 0);
        window.textBox("setting.micro.interval").deleteText().enterText("15h");
        robot.waitForIdle();
        UnmarkedTexts.require(dialog, allowed);
        window.textBox("setting.micro.interval").deleteText().enterText("20m");

        Path good = dir.resolve("good.properties");
        Files.writeString(good, "micro.interval = 25m\nsounds = false\n");
        GuiActionRunner.execute(() -> dialog.importExport().setPicker((parent, save) -> good.toFile()));
        SettingsTabs.show(window, tabs - 1);
        window.button("settings.import").click();
        JOptionPaneFixture pane = JOptionPaneFinder.findOptionPane().using(robot);
        UnmarkedTexts.require(javax.swing.SwingUtilities.getWindowAncestor(pane.target()));
        Screenshots.take("pseudo-import-preview");
        pane.buttonWithText(Texts.text("import.cancel")).click();
    }
}
