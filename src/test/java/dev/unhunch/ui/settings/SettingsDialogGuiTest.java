package dev.unhunch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.app.PreferencesWiring;
import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.settings.Theme;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.Shot;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.ui.theme.Themes;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preferences dialog over a real settings file in a temporary directory, driven by a robot. */
@RobotDriven
@Timeout(60)
class SettingsDialogGuiTest {

    @TempDir
    Path dir;

    private Robot robot;
    private DialogFixture window;
    private final List<Settings> applied = new CopyOnWriteArrayList<>();
    private final List<Theme> previews = new CopyOnWriteArrayList<>();

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

    private Path admin() {
        return dir.resolve("admin.properties");
    }

    private Path config() {
        return dir.resolve("config");
    }

    private Settings stored() {
        return new FileSettingsStore(config(), admin()).current();
    }

    private SettingsDialog open() {
        return open(false);
    }

    private SettingsDialog open(boolean dark) {
        GuiActionRunner.execute(() -> Themes.install(dark));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        FileSettingsStore store = new FileSettingsStore(config(), admin());
        PreferencesWiring wiring = new PreferencesWiring(store, null, ZoneOffset.UTC, Clock.systemUTC(), null,
                List.of("unhunch"));
        wiring.addSettingsListener(applied::add);
        SettingsDialog dialog = GuiActionRunner.execute(() -> {
            SettingsDialog d = new SettingsDialog(null, wiring.settingsPort(), previews::add,
                    StretchCatalog.bundled().all());
            d.setLocation(40, 40);
            d.setVisible(true);
            return d;
        });
        window = new DialogFixture(robot, dialog);
        return dialog;
    }

    @Test
    void anEditAppliedIsInTheFileOnDisk() throws IOException {
        SettingsDialog dialog = open();
        assertThat(GuiActionRunner.execute(() -> dialog.getIconImages())).as("the app's icon, not Java's").isNotEmpty();
        window.textBox("setting.micro.interval").deleteText().enterText("25m");
        window.tabbedPane("settingsTabs").selectTab("Appearance");
        window.checkBox("setting.sounds").uncheck();
        window.button("settings.apply").requireEnabled().click();
        robot.waitForIdle();

        Settings onDisk = stored();
        assertThat(onDisk.micro().interval()).isEqualTo(Duration.ofMinutes(25));
        assertThat(onDisk.sounds()).isFalse();
        assertThat(Files.readString(config().resolve(FileSettingsStore.FILE_NAME))).contains("micro.interval = 25m");
        assertThat(applied).last().extracting(Settings::sounds).isEqualTo(false);
        window.button("settings.apply").requireDisabled(); // nothing left to apply
        window.button("settings.ok").click();
        window.requireNotVisible();
    }

    @Test
    void anInvalidValueIsExplainedAndCannotBeApplied() {
        open();
        window.textBox("setting.micro.interval").deleteText().enterText("15h");
        window.label("problem.micro.interval").requireText("must be between 1m and 4h, was 15h");
        window.button("settings.ok").requireDisabled();
        window.button("settings.apply").requireDisabled();
        Screenshots.take("settings-invalid-value");

        window.textBox("setting.micro.interval").deleteText().enterText("soon");
        assertThat(window.label("problem.micro.interval").text()).contains("soon");
        window.button("settings.ok").requireDisabled();

        window.textBox("setting.micro.interval").deleteText().enterText("30m");
        window.button("settings.ok").requireEnabled();
        window.button("settings.apply").requireEnabled();
        window.button("settings.cancel").click();
        assertThat(stored().micro().interval()).isEqualTo(Settings.defaults().micro().interval());
    }

    @Test
    void crossFieldRulesAreShownToo() {
        open();
        window.tabbedPane("settingsTabs").selectTab("Advanced");
        window.textBox("setting.activity.noise").deleteText().enterText("50s");
        window.textBox("setting.activity.idle").deleteText().enterText("40s");
        assertThat(window.label("problem.activity.noise").text()).contains("must not be longer than the idle pause (40s)");
        window.button("settings.ok").requireDisabled();
    }

    @Test
    void aLockedKeyIsReadOnly() throws IOException {
        Files.writeString(admin(), "micro.interval = 30m\nlocked = micro.interval\n");
        open();
        window.textBox("setting.micro.interval").requireDisabled().requireText("30")
                .requireToolTip(Texts.text("settings.locked"));
        window.label("problem.micro.interval").requireText(Texts.text("settings.locked"));
        window.textBox("setting.micro.length").requireEnabled();
        Screenshots.take("settings-locked-key");
    }

    @Test
    void aBrokenImportIsRefusedWithTheReason() throws IOException {
        Path broken = dir.resolve("broken.properties");
        Files.write(broken, "micro.interval = 25m\nlong.int\u0000\u0001\u0002".getBytes(StandardCharsets.UTF_8));
        SettingsDialog dialog = open();
        pick(dialog, broken.toFile());
        window.tabbedPane("settingsTabs").selectTab("Advanced");
        window.button("settings.import").click();
        JOptionPaneFixture pane = question();
        pane.requireErrorMessage();
        assertThat(pane.target().getMessage().toString()).startsWith("Cannot import broken.properties:\n")
                .contains("binary data");
        pane.okButton().click();
        assertThat(stored()).isEqualTo(Settings.defaults());
    }

    @Test
    void aBadValueInAnImportIsRefused() throws IOException {
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "micro.interval = 99h\n");
        SettingsDialog dialog = open();
        pick(dialog, bad.toFile());
        window.tabbedPane("settingsTabs").selectTab("Advanced");
        window.button("settings.import").click();
        JOptionPaneFixture pane = question();
        assertThat(pane.target().getMessage().toString()).contains("micro.interval: must be between 1m and 4h");
        pane.okButton().click();
    }

    @Test
    void aValidImportShowsTheChangesAndApplies() throws IOException {
        Path good = dir.resolve("good.properties");
        Files.writeString(good, "micro.interval = 25m\nsounds = false\nmystery = 1\n");
        SettingsDialog dialog = open();
        pick(dialog, good.toFile());
        window.tabbedPane("settingsTabs").selectTab("Advanced");
        window.button("settings.import").click();
        JOptionPaneFixture pane = question();
        assertThat(pane.list("import.changes").contents()).containsExactly(
                "micro.interval: 20m \u2192 25m", "sounds: true \u2192 false", "(unknown setting 'mystery' left out)");
        Screenshots.take("settings-import-preview");
        pane.buttonWithText("Import and apply").click();
        robot.waitForIdle();
        assertThat(stored().micro().interval()).isEqualTo(Duration.ofMinutes(25));
        assertThat(stored().sounds()).isFalse();
        window.tabbedPane("settingsTabs").selectTab("Breaks");
        window.textBox("setting.micro.interval").requireText("25");
    }

    @Test
    void exportWritesAFileThatImportsAgain() throws IOException {
        Path out = dir.resolve("out.properties");
        SettingsDialog dialog = open();
        pick(dialog, out.toFile());
        window.textBox("setting.micro.length").deleteText().enterText("45s");
        GuiActionRunner.execute(() -> dialog.importExport().exportFile());
        assertThat(Files.readString(out)).contains("micro.length = 45s");
    }

    /** The question that is showing, once the X server shows it too (else a click can get lost). */
    private JOptionPaneFixture question() {
        JOptionPaneFixture pane = JOptionPaneFinder.findOptionPane().using(robot);
        String title = GuiActionRunner.execute(() -> ((java.awt.Dialog) SwingUtilities.getWindowAncestor(pane.target())).getTitle());
        Waits.untilViewable(title, 5_000);
        robot.waitForIdle();
        return pane;
    }

    @Test
    void restoreDefaultsAsksFirst() {
        open();
        window.textBox("setting.micro.interval").deleteText().enterText("33m");
        window.button("settings.restore").click();
        JOptionPaneFixture first = question();
        first.cancelButton().click();
        // the closed question can linger in the component tree; the finder must not pick it again
        Waits.until("the first question closed", 5_000, () -> !GuiActionRunner.execute(() -> first.target().isShowing()));
        window.textBox("setting.micro.interval").requireText("33");
        window.button("settings.restore").click();
        question().okButton().click();
        Waits.until("the defaults shown", 5_000,
                () -> "20".equals(GuiActionRunner.execute(() -> window.textBox("setting.micro.interval").target().getText())));
    }

    @Test
    void restoreDefaultsPutsBackTheAdministratorsDefaults() throws IOException {
        Files.writeString(admin(), "micro.interval = 15m\nsnooze.max = 1\nlocked = snooze.max, sounds\nsounds = false\n");
        Files.createDirectories(config());
        Files.writeString(config().resolve(FileSettingsStore.FILE_NAME), "micro.interval = 40m\nmicro.length = 50s\n");
        open();
        window.textBox("setting.micro.interval").requireText("40");
        window.comboBox("setting.micro.interval.unit").requireSelection(Texts.text("unit.minutes"));
        window.textBox("setting.long.interval").deleteText().enterText("70m");
        window.button("settings.restore").click();
        JOptionPaneFixture pane = question();
        assertThat(pane.target().getMessage().toString()).contains("set by your administrator");
        Screenshots.take("settings-restore-admin-defaults");
        pane.okButton().click();

        window.textBox("setting.micro.interval").requireText("15");
        window.textBox("setting.micro.length").requireText("30"); // 30 seconds, the default
        window.comboBox("setting.micro.length.unit").requireSelection(Texts.text("unit.seconds"));
        window.textBox("setting.long.interval").requireText("1"); // 1 hour, the default
        window.comboBox("setting.long.interval.unit").requireSelection(Texts.text("unit.hours"));
        window.textBox("setting.snooze.max").requireDisabled().requireText("1");
        Screenshots.take("settings-restored-admin-defaults");
        window.tabbedPane("settingsTabs").selectTab("Appearance");
        window.checkBox("setting.sounds").requireDisabled().requireNotSelected();
        window.button("settings.ok").click();
        robot.waitForIdle();
        assertThat(stored().micro().interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(stored().maxSnoozes()).isEqualTo(1);
    }

    @Test
    void theThemeIsPreviewedAndPutBackOnCancel() {
        open();
        window.tabbedPane("settingsTabs").selectTab("Appearance");
        window.comboBox("setting.theme").selectItem(SettingKeys.THEME.choices().indexOf("dark"));
        assertThat(previews).containsExactly(Theme.DARK);
        window.button("settings.cancel").click();
        assertThat(previews).containsExactly(Theme.DARK, Settings.defaults().theme());
    }

    @Test
    void everyTabLooksRight() {
        open();
        Map<String, Shot> tabs = showEachTab(List.of("Breaks", "Stretches", "Schedule", "Appearance", "Advanced"), "settings-");
        tabs.values().forEach(Shot::requireLight);
        window.tabbedPane("settingsTabs").selectTab("Schedule");
        window.checkBox("hours.restrict").check();
        window.textBox("hours.mon.0.end").deleteText().enterText("08:00"); // before its start
        robot.waitForIdle();
        Screenshots.of("settings-schedule-error", window.target()).requirePainted().requireLight()
                .requireDifferentFrom(tabs.get("Schedule"));
        assertThat(window.label("problem.working.hours").text()).isNotBlank();
        window.button("settings.ok").requireDisabled();
    }

    @Test
    void everyTabLooksRightInDark() {
        open(true);
        showEachTab(List.of("Breaks", "Stretches", "Advanced"), "settings-dark-").values()
                .forEach(Shot::requireDark);
    }

    /**
     * Selects each tab and takes its picture: the dialog painted, each tab looking different from
     * the one before. Returns the pictures by tab.
     */
    private Map<String, Shot> showEachTab(List<String> tabs, String prefix) {
        Map<String, Shot> shots = new LinkedHashMap<>();
        Shot previous = null;
        for (String tab : tabs) {
            window.tabbedPane("settingsTabs").selectTab(tab);
            robot.waitForIdle();
            Shot shot = Screenshots.of(prefix + tab.toLowerCase(), window.target()).requirePainted();
            if (previous != null) {
                shot.requireDifferentFrom(previous);
            }
            shots.put(tab, shot);
            previous = shot;
        }
        return shots;
    }

    private static void pick(SettingsDialog dialog, File file) {
        GuiActionRunner.execute(() -> dialog.importExport().setPicker((parent, save) -> file));
    }
}
