package dev.unhunch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.app.PreferencesWiring;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.Shot;
import dev.unhunch.ui.about.AboutWindow;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language applied in the preferences takes effect at once: the open dialog relabels itself
 * in place, and a window opened afterwards speaks the new language too.
 */
@RobotDriven
@Timeout(60)
class LanguageSwitchGuiTest {

    @TempDir
    Path dir;

    private Robot robot;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    @AfterEach
    void backToEnglish() {
        Texts.setLocale(Locale.ENGLISH);
        if (robot != null) {
            GuiActionRunner.execute(AboutWindow::close);
            robot.cleanUp();
        }
    }

    @Test
    void applyingGermanRelabelsTheOpenDialogAndLaterWindows() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        FileSettingsStore store = new FileSettingsStore(dir.resolve("config"), dir.resolve("admin.properties"));
        PreferencesWiring wiring = new PreferencesWiring(store, null, ZoneOffset.UTC, Clock.systemUTC(), null,
                List.of("unhunch"));
        // as the app does: every applied change of the language reaches the texts
        wiring.addSettingsListener(settings -> Texts.useLanguage(settings.language()));
        SettingsDialog dialog = GuiActionRunner.execute(() -> {
            SettingsDialog d = new SettingsDialog(null, wiring.settingsPort(), theme -> { },
                    StretchCatalog.bundled().all());
            d.setLocation(40, 40);
            d.setVisible(true);
            return d;
        });
        DialogFixture window = new DialogFixture(robot, dialog);
        assertThat(GuiActionRunner.execute(dialog::getTitle)).isEqualTo("Unhunch Preferences");
        window.textBox("setting.micro.interval").deleteText().enterText("25m");
        window.tabbedPane("settingsTabs").selectTab("Appearance");
        window.comboBox("setting.language").selectItem("Deutsch");
        window.button("settings.apply").click();
        robot.waitForIdle();

        assertThat(store.current().language()).isEqualTo("de");
        assertThat(store.current().micro().interval()).hasMinutes(25);
        assertThat(GuiActionRunner.execute(dialog::getTitle)).isEqualTo("Unhunch-Einstellungen");
        window.tabbedPane("settingsTabs").requireTabTitles("Pausen", "Übungen", "Zeitplan", "Darstellung", "Nicht unterbrechen", "Erweitert");
        window.checkBox("setting.sounds").requireText("Töne");
        assertThat(window.comboBox("setting.language").contents())
                .containsExactly("Systemstandard", "English", "Deutsch", "Español", "Français", "Português (Brasil)");
        window.button("settings.apply").requireText("Übernehmen");
        window.button("settings.cancel").requireText("Abbrechen");
        Shot previous = Screenshots.of("settings-german", dialog).requirePainted();
        for (String tab : List.of("Übungen", "Zeitplan", "Erweitert")) {
            window.tabbedPane("settingsTabs").selectTab(tab);
            robot.waitForIdle();
            Shot shot = Screenshots.of("settings-german-" + tab.toLowerCase(Locale.ROOT), dialog).requirePainted();
            shot.requireDifferentFrom(previous);
            previous = shot;
        }

        // a refusal is worded in German too
        window.tabbedPane("settingsTabs").selectTab("Pausen");
        window.textBox("setting.micro.interval").deleteText().enterText("15h");
        window.label("problem.micro.interval").requireText("muss zwischen 1m und 4h liegen, war 15h");
        Screenshots.of("settings-german-breaks", dialog).requirePainted();
        window.textBox("setting.micro.interval").deleteText().enterText("25m");

        // beside the dialog, not over it: without a window manager the robot would click the wrong window
        GuiActionRunner.execute(() -> AboutWindow.show(List::of).setLocation(40 + dialog.getWidth() + 20, 40));
        FrameFixture about = WindowFinder.findFrame(AboutWindow.WINDOW_NAME).using(robot);
        about.requireTitle("Über Unhunch");
        about.button("about.close").requireText("Schließen");

        // and back: both windows follow
        window.tabbedPane("settingsTabs").selectTab("Darstellung");
        window.comboBox("setting.language").selectItem("English");
        window.button("settings.apply").click();
        robot.waitForIdle();
        assertThat(store.current().language()).isEqualTo("en");
        window.tabbedPane("settingsTabs").requireTabTitles("Breaks", "Stretches", "Schedule", "Appearance", "Don't interrupt", "Advanced");
        about.requireTitle("About Unhunch");
        about.button("about.close").requireText("Close");
    }
}
