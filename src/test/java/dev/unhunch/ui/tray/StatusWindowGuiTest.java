package dev.unhunch.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.ui.icons.AppIcons;
import dev.unhunch.ui.icons.TrayIconState;
import java.awt.Component;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in window for desktops without a tray, driven like a user would. */
@RobotDriven
class StatusWindowGuiTest {

    private Robot robot;
    private TrayPort port;
    private final AtomicInteger aboutChosen = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        List<TrayMenuItem> items = List.of(
                new TrayMenuItem("About Unhunch", aboutChosen::incrementAndGet),
                TrayMenuItem.separator(),
                new TrayMenuItem("Quit", () -> { }));
        port = Trays.open(TrayKind.WINDOW, items, size -> AppIcons.trayIconPng(TrayIconState.NORMAL, 0, size), closed::incrementAndGet);
    }

    @AfterEach
    void close() {
        port.shutdown();
        robot.cleanUp();
    }

    @Test
    void showsStatusAndOffersTheTrayMenu() {
        FrameFixture window = WindowFinder.findFrame(StatusWindow.WINDOW_NAME).using(robot);
        window.requireVisible();
        assertThat(port.kind()).contains("status window");
        assertThat(window.target().isAlwaysOnTop()).isTrue();

        port.setStatus("Micro break in 12:30");
        robot.waitForIdle();
        window.label("statusWindow.status").requireText("Micro break in 12:30");

        window.button("statusWindow.menu").click();
        robot.waitForIdle();
        Component menu = GuiActionRunner.execute(() -> window.menuItem("statusMenu.About Unhunch").target().getParent());
        Screenshots.of("status-window-menu", menu).requirePainted();
        window.menuItem("statusMenu.About Unhunch").click();
        robot.waitForIdle();
        assertThat(aboutChosen).hasValue(1);
    }

    @Test
    void closingTheWindowAsksTheAppToQuit() {
        FrameFixture window = WindowFinder.findFrame(StatusWindow.WINDOW_NAME).using(robot);
        window.close();
        robot.waitForIdle();
        assertThat(closed).hasValue(1);
    }
}
