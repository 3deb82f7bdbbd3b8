package dev.unhunch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.app.PreferencesWiring;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.TestDisplay;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** The preference controls a person uses: number and unit, language, weekdays, dependents, Esc, 2x. */
@RobotDriven
@Timeout(90)
class PreferenceControlsGuiTest {

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
        GuiActionRunner.execute(() -> {
            Texts.setLocale(Locale.ENGLISH);
            Themes.install(false);
        });
    }

    private Path file() {
        return dir.resolve("config").resolve(FileSettingsStore.FILE_NAME);
    }

    private void writeFile(String text) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), text, StandardCharsets.UTF_8);
    }

    private void open() {
        GuiActionRunner.execute(() -> Themes.install(false));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        FileSettingsStore store = new FileSettingsStore(dir.resolve("config"), dir.resolve("admin.properties"));
        PreferencesWiring wiring = new PreferencesWiring(store, null, ZoneOffset.UTC, Clock.systemUTC(), null,
                List.of("unhunch"));
        dialog = GuiActionRunner.execute(() -> {
            SettingsDialog d = new SettingsDialog(null, wiring.settingsPort(), t -> { }, StretchCatalog.bundled().all());
            d.setLocation(20, 20);
            d.setVisible(true);
            return d;
        });
        window = new DialogFixture(robot, dialog);
    }

    private Settings edited() {
        return GuiActionRunner.execute(() -> dialog.edited());
    }

    @Test
    void aDurationIsTypedAsANumberOrWithItsUnit() {
        open();
        for (String typed : List.of("20", "20 min", "20m", "20 minutes", "20 Minuten")) {
            window.textBox("setting.long.interval").deleteText().enterText("45"); // something else first
            window.comboBox("setting.long.interval.unit").selectItem(Texts.text("unit.minutes"));
            window.textBox("setting.long.interval").deleteText().enterText(typed);
            assertThat(edited().longBreak().interval()).as(typed).isEqualTo(Duration.ofMinutes(20));
            window.label("problem.long.interval").requireText("5m to 8h");
        }
        // a number follows the unit chosen; the unit keeps the number
        window.comboBox("setting.long.interval.unit").selectItem(Texts.text("unit.hours"));
        assertThat(edited()).isNull(); // 20 hours is more than the 8 allowed
        assertThat(window.label("problem.long.interval").text()).contains("8h", "20h");
        window.textBox("setting.long.interval").deleteText().enterText("2");
        assertThat(edited().longBreak().interval()).isEqualTo(Duration.ofHours(2));
        // seconds typed where minutes are chosen: the unit follows
        window.textBox("setting.micro.length").deleteText().enterText("2m");
        window.textBox("setting.micro.length").deleteText().enterText("90s");
        assertThat(edited().micro().length()).isEqualTo(Duration.ofSeconds(90));
        window.comboBox("setting.micro.length.unit").requireSelection(Texts.text("unit.seconds"));
        // the arrows step by one unit
        window.spinner("setting.micro.length.spinner").increment();
        assertThat(edited().micro().length()).isEqualTo(Duration.ofSeconds(91));
        window.textBox("setting.micro.length").requireText("91");
        window.textBox("setting.micro.interval").deleteText().enterText("soon");
        assertThat(window.label("problem.micro.interval").text()).contains("soon");
        window.button("settings.ok").requireDisabled();
    }

    @Test
    void theLanguageIsChosenFromTheLanguagesUnhunchSpeaksEachNamedInItself() throws IOException {
        open();
        window.tabbedPane("settingsTabs").selectTab("Appearance");
        List<String> expected = new java.util.ArrayList<>(List.of("System default"));
        Texts.SUPPORTED.forEach(l -> expected.add(Texts.nameInItself(l)));
        assertThat(window.comboBox("setting.language").contents()).containsExactlyElementsOf(expected)
                .contains("English", "Deutsch", "Portugu\u00eas (Brasil)");
        window.comboBox("setting.language").requireSelection("System default");
        window.comboBox("setting.language").selectItem("Deutsch");
        assertThat(edited().language()).isEqualTo("de");
        window.button("settings.ok").click();
        assertThat(Files.readString(file())).contains("language = de");
    }

    @Test
    void workingHoursAreWeekdaysWithTimesAndRoundTripToTheFileSyntax() throws IOException {
        writeFile("# my hours\nworking.hours = mon-fri 09:00-12:30,13:30-17:30; sat 10:00-12:00\n");
        open();
        window.tabbedPane("settingsTabs").selectTab("Schedule");
        window.checkBox("hours.restrict").requireSelected();
        window.checkBox("hours.day.mon").requireSelected().requireText("Mon");
        window.checkBox("hours.day.sun").requireNotSelected();
        window.textBox("hours.wed.0.start").requireText("09:00");
        window.textBox("hours.wed.1.start").requireText("13:30"); // a second range of the day is kept
        window.textBox("hours.sat.0.end").requireText("12:00");
        Screenshots.of("prefs-working-hours", dialog).requirePainted();
        assertThat(edited()).isNotNull();
        window.button("settings.apply").requireDisabled(); // showing changed nothing

        window.checkBox("hours.day.fri").uncheck();
        window.textBox("hours.sat.0.end").deleteText().enterText("13:15");
        window.button("hours.tue.add").click();
        window.textBox("hours.tue.2.start").requireText("17:30");
        window.button("hours.tue.2.remove").click();
        window.button("settings.ok").click();
        robot.waitForIdle();

        assertThat(Files.readString(file())).isEqualTo("# my hours\nworking.hours = mon 09:00-12:30,13:30-17:30; "
                + "tue 09:00-12:30,13:30-17:30; wed 09:00-12:30,13:30-17:30; thu 09:00-12:30,13:30-17:30; "
                + "sat 10:00-13:15\n");
    }

    @Test
    void weekdaysAreNamedInTheLanguageInUse() {
        GuiActionRunner.execute(() -> Texts.setLocale(Locale.GERMAN));
        open();
        window.tabbedPane("settingsTabs").selectTab("Zeitplan");
        window.checkBox("hours.restrict").check();
        window.checkBox("hours.day.mon").requireText("Mo").requireSelected();
        window.checkBox("hours.day.tue").requireText("Di");
        window.checkBox("hours.day.sun").requireText("So").requireNotSelected();
        window.textBox("hours.mon.0.start").requireText("09:00");
        assertThat(edited().workingHours().format()).isEqualTo(
                "mon 09:00-17:00; tue 09:00-17:00; wed 09:00-17:00; thu 09:00-17:00; fri 09:00-17:00");
        Screenshots.of("prefs-working-hours-german", dialog).requirePainted();
    }

    @Test
    void aSettingWithoutEffectIsDisabled() {
        open();
        window.checkBox("setting.daily.limit.enabled").requireNotSelected();
        window.textBox("setting.daily.limit").requireDisabled();
        window.comboBox("setting.daily.limit.unit").requireDisabled();
        window.checkBox("setting.daily.limit.enabled").check();
        window.textBox("setting.daily.limit").requireEnabled();
        window.checkBox("setting.long.enabled").uncheck();
        window.textBox("setting.long.length").requireDisabled();
        window.textBox("setting.long.interval").requireDisabled();
        window.checkBox("setting.strict").check();
        window.textBox("setting.snooze.max").requireDisabled();
    }

    @Test
    void escapeCancels() {
        open();
        window.textBox("setting.micro.interval").deleteText().enterText("33");
        window.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        window.requireNotVisible();
        assertThat(file()).doesNotExist();
    }

    @Test
    void aValueTheFileHeldButCouldNotBeUsedIsMarked() throws IOException {
        writeFile("micro.interval = 15h\nsounds = perhaps\n");
        open();
        window.textBox("setting.micro.interval").requireText("20");
        String said = window.label("help.micro.interval").text();
        assertThat(said).isEqualTo("In your file: must be between 1m and 4h, was 15h; using 20m until you change it.");
        assertThat(GuiActionRunner.execute(() -> window.label("help.micro.interval").target().getIcon())).isNotNull();
        Screenshots.of("prefs-file-problem", dialog).requirePainted();
        window.textBox("setting.micro.interval").deleteText().enterText("25");
        assertThat(GuiActionRunner.execute(() -> window.label("help.micro.interval").target().getIcon())).isNull();
        window.label("help.micro.interval").requireText(Texts.text("help.micro.interval"));
        window.button("settings.ok").click();
        robot.waitForIdle();
        assertThat(Files.readString(file())).isEqualTo("micro.interval = 25m\nsounds = perhaps\n");
    }

    @Test
    void atTwiceTheScaleTheDialogFitsTheScreenWithItsButtons() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = TestDisplay.get().processBuilder(java.toString(), "-Dsun.java2d.uiScale=2",
                "-Djava.awt.headless=false", "-cp", System.getProperty("java.class.path"),
                ScaledDialogProbe.class.getName());
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Matcher m = Pattern.compile("scale=([\\d.]+) screen=(\\d+)x(\\d+) dialog=(-?\\d+),(-?\\d+),(\\d+)x(\\d+) okBottom=(\\d+)")
                .matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isEqualTo(2.0);
        int screenHeight = Integer.parseInt(m.group(3));
        assertThat(screenHeight).isEqualTo(540); // 1080 device pixels at 2x
        int top = Integer.parseInt(m.group(5));
        int height = Integer.parseInt(m.group(7));
        assertThat(top).isGreaterThanOrEqualTo(0);
        assertThat(top + height).as(out).isLessThanOrEqualTo(screenHeight);
        assertThat(Integer.parseInt(m.group(8))).as("OK on screen: " + out).isLessThanOrEqualTo(screenHeight);
        assertThat(Integer.parseInt(m.group(6))).isLessThanOrEqualTo(960);
    }
}
