package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.Tools;
import dev.unhunch.testsupport.TrayHost;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.ui.about.AboutWindow;
import dev.unhunch.ui.tray.TrayKind;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real tray in a real tray host: the icon docks inside trayer (checked from outside with
 * xwininfo), a click with xdotool opens its menu, choosing About opens the About window, and
 * Quit finishes within a second. Dorkbox's tray is one per JVM, so this is the only in-process
 * tray test.
 */
@RobotDriven
class TrayIT {

    private static TrayHost host;

    @BeforeAll
    static void startTrayHost() {
        host = TrayHost.start();
    }

    @AfterAll
    static void stopTrayHost() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void iconDocksMenuOpensAboutAndQuitIsQuick() throws Exception {
        CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        UnhunchApp app = new UnhunchApp(new UnhunchApp.StartOptions(false, TrayKind.AUTO, null), exitCode::complete);
        app.start();
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        try {
            assertThat(app.tray().kind()).contains("Gtk");

            Waits.until("the Unhunch icon docked in trayer", 15_000, () -> TrayHost.dockedIcon("Unhunch").isPresent());
            int[] box = TrayHost.dockedIcon("Unhunch").orElseThrow();
            assertThat(box[2]).as("icon width").isBetween(16, 64);

            Tools.run("xdotool", "mousemove", Integer.toString(box[0] + box[2] / 2), Integer.toString(box[1] + box[3] / 2));
            Tools.run("xdotool", "click", "1");
            // The GTK menu is a new override-redirect window; give it a moment to map before the picture.
            Thread.sleep(700);
            Screenshots.take("tray-menu-open");
            // With nothing selected, Up wraps to the last entry (Quit); one more Up skips the
            // separator and lands on "About Unhunch".
            Tools.run("xdotool", "key", "Up", "Up", "Return");

            FrameFixture about = WindowFinder.findFrame(AboutWindow.WINDOW_NAME)
                    .withTimeout(10, TimeUnit.SECONDS).using(robot);
            about.requireVisible();
            about.label("about.title").requireText(java.util.regex.Pattern.compile("Unhunch \\S+"));
            Screenshots.of("about-window", about.target()).requirePainted();

            long started = System.nanoTime();
            GuiActionRunner.execute(app::quit);
            assertThat(exitCode.get(1, TimeUnit.SECONDS)).isZero();
            Duration quit = Duration.ofNanos(System.nanoTime() - started);
            System.out.println("Quit took " + quit.toMillis() + " ms");
            assertThat(quit).isLessThan(Duration.ofSeconds(1));
        } finally {
            robot.cleanUp();
        }
    }
}
