package dev.unhunch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.app.PreferencesWiring;
import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import dev.unhunch.testsupport.ClippedTexts;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.stats.StatisticsWindow;
import dev.unhunch.ui.theme.Themes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every tab of the preferences and the statistics in every translation, light theme: pictures
 * for a person to look at (target/screenshots/lang-*), and no label or button cut off.
 */
@RobotDriven
@Timeout(120)
class TranslatedSettingsScreenshotsGuiTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

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

    @ParameterizedTest
    @ValueSource(strings = {"de", "es", "fr", "pt-BR"})
    void preferencesAndStatistics(String language) throws IOException {
        Texts.useLanguage(language);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        try (JsonlHistoryJournal journal = new JsonlHistoryJournal(dir.resolve("state"), ZONE)) {
            for (int back = 6; back >= 0; back--) {
                Instant at = TODAY.minusDays(back).atTime(10, 0).atZone(ZONE).toInstant();
                journal.append(HistoryRecord.of(at, BreakKind.MICRO, BreakEventType.OFFERED, 1500 + back * 300));
                journal.append(HistoryRecord.of(at.plusSeconds(60), BreakKind.MICRO,
                        back % 3 == 0 ? BreakEventType.SKIPPED : BreakEventType.COMPLETED, 0));
            }
        }
        // a file value that cannot be used (its warning takes the help line) and working hours
        // with two ranges a day, so the pictures show the longest rows
        java.nio.file.Files.createDirectories(dir.resolve("config"));
        java.nio.file.Files.writeString(dir.resolve("config").resolve(FileSettingsStore.FILE_NAME),
                "snooze.length = 9h\nworking.hours = mon-fri 09:00-12:00,13:00-17:00\n");
        Clock clock = Clock.fixed(TODAY.atTime(17, 0).atZone(ZONE).toInstant(), ZONE);
        PreferencesWiring wiring = new PreferencesWiring(
                new FileSettingsStore(dir.resolve("config"), dir.resolve("admin.properties")),
                new JsonlHistoryJournal(dir.resolve("state"), ZONE), ZONE, clock, null, List.of("unhunch"));
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
            Screenshots.of("lang-" + language + "-settings-tab" + i, dialog).requirePainted().requireLight();
            ClippedTexts.require(dialog);
        }
        // the Stretches tab at home, only what the kit allows: the floor group and greyed rows
        SettingsTabs.show(window, 1);
        // ticked through the buttons themselves: this test looks at the result, and a robot click
        // on a box the growing table had just moved sometimes missed (StretchesTabGuiTest clicks)
        javax.swing.JCheckBox atHome = window.checkBox("setting.stretch.atHome").target();
        GuiActionRunner.execute(() -> atHome.doClick());
        robot.waitForIdle();
        javax.swing.JCheckBox onlyPossible = window.checkBox("stretches.onlyPossible").target();
        GuiActionRunner.execute(() -> onlyPossible.doClick());
        robot.waitForIdle();
        Screenshots.of("lang-" + language + "-settings-stretches-home", dialog).requirePainted().requireLight();
        ClippedTexts.require(dialog);
        // every row, greyed ones too, scrolled to the floor group; no stretch name or column head cut off
        GuiActionRunner.execute(() -> onlyPossible.doClick());
        JTable table = window.table("stretches").target();
        GuiActionRunner.execute(() -> table.scrollRectToVisible(table.getCellRect(table.getRowCount() - 1, 0, true)));
        robot.waitForIdle();
        Screenshots.of("lang-" + language + "-settings-stretches-floor", dialog).requirePainted().requireLight();
        assertThat(GuiActionRunner.execute(() -> cutOff(table))).as("stretch names and column heads cut off").isEmpty();
        window.button("settings.cancel").click();

        StatisticsWindow stats = GuiActionRunner.execute(() -> {
            StatisticsWindow w = StatisticsWindow.show(null, wiring.statsPort());
            w.setLocation(40, 40);
            return w;
        });
        robot.waitForIdle();
        Screenshots.of("lang-" + language + "-statistics", stats).requirePainted().requireLight();
        ClippedTexts.require(stats);
        GuiActionRunner.execute(stats::dispose);
    }

    /** Names and column heads wider than their column (the "needs" text is also the row's tool tip). */
    private static List<String> cutOff(JTable table) {
        List<String> cut = new java.util.ArrayList<>();
        javax.swing.table.TableColumnModel columns = table.getColumnModel();
        for (int c = 0; c < columns.getColumnCount(); c++) {
            java.awt.Component head = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(
                    table, columns.getColumn(c).getHeaderValue(), false, false, -1, c);
            if (c != StretchChoices.FIGURE && head.getPreferredSize().width > columns.getColumn(c).getWidth()) {
                cut.add("head " + columns.getColumn(c).getHeaderValue());
            }
        }
        for (int row = 0; row < table.getRowCount(); row++) {
            java.awt.Component name = table.prepareRenderer(table.getCellRenderer(row, StretchChoices.NAME), row,
                    StretchChoices.NAME);
            if (name.getPreferredSize().width > columns.getColumn(StretchChoices.NAME).getWidth()) {
                cut.add(String.valueOf(table.getValueAt(row, StretchChoices.NAME)));
            }
        }
        return cut;
    }
}
