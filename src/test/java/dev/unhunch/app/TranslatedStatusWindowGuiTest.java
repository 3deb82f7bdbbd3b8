package dev.unhunch.app;

import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.BreakUi;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.FakeTime;
import dev.unhunch.testsupport.ClippedTexts;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.icons.AppIcons;
import dev.unhunch.ui.icons.TrayIconState;
import dev.unhunch.ui.tray.StatusLine;
import dev.unhunch.ui.tray.TrayKind;
import dev.unhunch.ui.tray.TrayPort;
import dev.unhunch.ui.tray.Trays;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The status window shows both countdowns whole in every language (it is sized for the longest). */
@RobotDriven
@Timeout(60)
class TranslatedStatusWindowGuiTest {

    private Robot robot;
    private TrayPort window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.shutdown();
        }
        Texts.setLocale(Locale.ENGLISH);
        robot.cleanUp();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "es", "fr", "pt-BR"})
    void bothCountdownsFit(String language) {
        Texts.useLanguage(language);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        window = Trays.open(TrayKind.WINDOW, TrayMenu.items(new PseudoLanguageAppGuiTest.NoCommands()),
                size -> AppIcons.trayIconPng(TrayIconState.NORMAL, 0, size), () -> { });
        FakeTime time = new FakeTime(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
        BreakEngine engine = new BreakEngine(time, time.clock(), Settings.defaults(), BreakUi.none());
        engine.tick(Duration.ZERO);
        window.setStatus(StatusLine.format(engine.snapshot(), ZoneOffset.UTC));
        FrameFixture frame = WindowFinder.findFrame("unhunch.statusWindow").using(robot);
        robot.waitForIdle();
        Screenshots.of("lang-" + language + "-status-window", frame.target()).requirePainted();
        ClippedTexts.require(frame.target());
    }
}
