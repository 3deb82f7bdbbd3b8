package dev.unhunch.app;

import dev.unhunch.core.AppInfo;
import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.BreakUi;
import dev.unhunch.core.settings.Notice;
import dev.unhunch.core.settings.Problem;
import dev.unhunch.core.settings.Reason;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.core.time.FakeTime;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import dev.unhunch.platform.idle.FailoverIdleSource;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.UnmarkedTexts;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.ui.about.AboutWindow;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.icons.AppIcons;
import dev.unhunch.ui.icons.TrayIconState;
import dev.unhunch.ui.notice.NoticeWindow;
import dev.unhunch.ui.stats.StatisticsWindow;
import dev.unhunch.ui.theme.Themes;
import dev.unhunch.ui.welcome.FirstRunSheet;
import dev.unhunch.ui.tray.StatusLine;
import dev.unhunch.ui.tray.TrayKind;
import dev.unhunch.ui.tray.TrayPort;
import dev.unhunch.ui.tray.Trays;
import java.awt.Component;
import java.awt.Window;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the marking test language every word of the windows the app opens itself — the status
 * window and its menu, About, the settings notice, the history notice, the statistics and the
 * first-run sheet — comes from the bundle. Left alone, explicitly: the product name with its version, and system errors
 * quoted in a notice. The one-time tray hint and the first-run sheet too, with "at home" chosen.
 */
@RobotDriven
@Timeout(90)
class PseudoLanguageAppGuiTest {

    @TempDir
    Path dir;

    private Robot robot;
    private TrayPort statusWindow;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    @AfterEach
    void english() {
        if (statusWindow != null) {
            statusWindow.shutdown();
        }
        GuiActionRunner.execute(() -> {
            AboutWindow.close();
            for (Window w : Window.getWindows()) {
                w.dispose();
            }
        });
        Texts.setLocale(Locale.ENGLISH);
        if (robot != null) {
            robot.cleanUp();
        }
    }

    @Test
    void theStatusWindowItsMenuAndAboutShowOnlyBundleTexts() {
        Texts.setLocale(Texts.PSEUDO);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        statusWindow = Trays.open(TrayKind.WINDOW, TrayMenu.items(new NoCommands()),
                size -> AppIcons.trayIconPng(TrayIconState.NORMAL, 0, size), () -> { });
        FakeTime time = new FakeTime(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
        BreakEngine engine = new BreakEngine(time, time.clock(), Settings.defaults(), BreakUi.none());
        time.advance(Duration.ofMinutes(3));
        engine.tick(Duration.ZERO);
        String status = StatusLine.format(engine.snapshot(), ZoneOffset.UTC);
        statusWindow.setStatus(status);
        FrameFixture window = WindowFinder.findFrame("unhunch.statusWindow").using(robot);
        robot.waitForIdle();
        UnmarkedTexts.require(window.target());
        window.button("statusWindow.menu").click();
        robot.waitForIdle();
        Component menu = GuiActionRunner.execute(
                () -> window.menuItem("statusMenu." + Texts.text("tray.about")).target().getParent());
        UnmarkedTexts.require(menu);
        Screenshots.of("pseudo-status-window-menu", menu).requirePainted();
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_ESCAPE);

        String product = AppInfo.NAME + " " + AppInfo.version();
        FailoverIdleSource.Described x11 = new FailoverIdleSource.Described(FailoverIdleSource.Described.Kind.X11,
                ":63", List.of());
        JFrame about = GuiActionRunner.execute(() -> {
            JFrame f = AboutWindow.show(() -> UnhunchApp.aboutLines(status, statusWindow, x11,
                    dir.resolve("unhunch.log")));
            f.setLocation(300, 40);
            return f;
        });
        robot.waitForIdle();
        UnmarkedTexts.require(about, product::equals);
        Screenshots.of("pseudo-about", about).requirePainted();
    }

    @Test
    void theNoticesShowOnlyBundleTextsButQuotedSystemErrors() throws Exception {
        Texts.setLocale(Texts.PSEUDO);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        Problem problem = new Problem("micro.interval", "15h", "20m", "must be between 1m and 4h, was 15h",
                Reason.of(Reason.Code.RANGE, "1m", "4h", "15h"));
        SettingsNotices.show(List.of(Notice.about(problem)));
        Window settingsNotice = awaitNotice();
        UnmarkedTexts.require(settingsNotice);
        Screenshots.of("pseudo-settings-notice", settingsNotice).requirePainted();
        GuiActionRunner.execute(settingsNotice::dispose);

        String systemError = "Could not add to the break history in /tmp/x: No space left on device";
        new HistoryNotices().cannotSave(systemError);
        Window historyNotice = awaitNotice();
        UnmarkedTexts.require(historyNotice, t -> UnmarkedTexts.isMarked(t.replace(systemError, "")));
        GuiActionRunner.execute(historyNotice::dispose);

        TrayHint.showOnce(dir.resolve("state"));
        Window trayHint = awaitNotice();
        UnmarkedTexts.require(trayHint);
        Screenshots.ofPainted("pseudo-tray-hint", trayHint);
        GuiActionRunner.execute(trayHint::dispose);
    }

    @Test
    void theStatisticsShowOnlyBundleTexts() throws Exception {
        Texts.setLocale(Texts.PSEUDO);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        PreferencesWiring wiring = new PreferencesWiring(new FileSettingsStore(dir.resolve("config"), null),
                new JsonlHistoryJournal(dir.resolve("state"), ZoneOffset.UTC), ZoneOffset.UTC, Clock.systemUTC(), null,
                List.of("unhunch"));
        StatisticsWindow stats = GuiActionRunner.execute(() -> {
            StatisticsWindow w = StatisticsWindow.show(null, wiring.statsPort());
            w.setLocation(20, 20);
            return w;
        });
        robot.waitForIdle();
        UnmarkedTexts.require(stats);
        Screenshots.of("pseudo-statistics", stats).requirePainted();
    }

    @Test
    void theFirstRunSheetShowsOnlyBundleTexts() {
        Texts.setLocale(Texts.PSEUDO);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        PreferencesWiring wiring = new PreferencesWiring(new FileSettingsStore(dir.resolve("config"), null), null,
                ZoneOffset.UTC, Clock.systemUTC(), null, List.of("unhunch"));
        JFrame sheet = GuiActionRunner.execute(() -> FirstRunSheet.show(wiring.settingsPort(),
                StretchCatalog.bundled().safetyNote()));
        robot.waitForIdle();
        FrameFixture fixture = new FrameFixture(robot, sheet);
        fixture.radioButton("firstRun.home").click();
        robot.waitForIdle();
        UnmarkedTexts.require(sheet);
        Screenshots.of("pseudo-first-run", sheet).requirePainted();
    }

    private static Window awaitNotice() {
        Waits.until("the notice window", 10_000, () -> GuiActionRunner.execute(() -> notice().isPresent()));
        return GuiActionRunner.execute(() -> notice().orElseThrow());
    }

    private static Optional<Window> notice() {
        return Arrays.stream(Window.getWindows()).filter(w -> w.isShowing() && NoticeWindow.WINDOW_NAME.equals(w.getName()))
                .findFirst();
    }

    /** The tray menu's commands, none of which this test chooses. */
    static final class NoCommands implements TrayMenu.Commands {
        @Override public void stretchNow() { }
        @Override public void longBreakNow() { }
        @Override public void pause(dev.unhunch.core.breaks.PauseRequest request) { }
        @Override public void resume() { }
        @Override public void preferences() { }
        @Override public void statistics() { }
        @Override public void about() { }
        @Override public void quit() { }
    }
}
