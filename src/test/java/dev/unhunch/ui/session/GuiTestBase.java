package dev.unhunch.ui.session;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.ui.breakwindow.BreakWindow;
import dev.unhunch.ui.prompt.BreakNotice;
import dev.unhunch.ui.theme.Themes;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A robot and a {@link BreakSession} per test, both cleaned up after it. */
@RobotDriven
abstract class GuiTestBase {

    protected Robot robot;
    protected BreakSession session;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    @BeforeEach
    void openRobot() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void closeAll() {
        if (session != null) {
            session.close();
        }
        robot.cleanUp();
    }

    /** Starts the engine and UI with these settings. */
    protected BreakSession start(Settings settings) {
        return start(new BreakSession(settings));
    }

    /** Starts this session (engine and UI); it is closed after the test. */
    protected BreakSession start(BreakSession started) {
        session = started;
        return session;
    }

    protected FrameFixture notice() {
        robot.waitForIdle();
        return WindowFinder.findFrame(BreakNotice.WINDOW_NAME).using(robot);
    }

    protected FrameFixture breakWindow() {
        robot.waitForIdle();
        return WindowFinder.findFrame(BreakWindow.WINDOW_NAME).using(robot);
    }
}
