package dev.unhunch.ui.breakwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.core.stretch.RoutinePlanner;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.core.stretch.StretchPreferences;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.ui.theme.Themes;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Random;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An open break window follows a switch of the theme, its frame line included. */
@RequiresDisplay
class BreakWindowThemeGuiTest {

    private static final BreakActions ACCEPTING = new BreakActions() {
        @Override public CommandResult startNow() { return CommandResult.ok("ok"); }
        @Override public CommandResult snooze() { return CommandResult.ok("ok"); }
        @Override public CommandResult skip() { return CommandResult.ok("ok"); }
        @Override public CommandResult done() { return CommandResult.ok("ok"); }
        @Override public CommandResult stretchNow(Duration length) { return CommandResult.ok("ok"); }
        @Override public CommandResult endEarly() { return CommandResult.ok("ok"); }
        @Override public CommandResult stopStretching() { return CommandResult.ok("ok"); }
        @Override public CommandResult restartRoutine(Duration length) { return CommandResult.ok("ok"); }
    };

    private Robot robot;
    private BreakWindow window;

    @BeforeEach
    void open() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        GuiActionRunner.execute(() -> Themes.switchTo(false));
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    @AfterEach
    void close() {
        GuiActionRunner.execute(window::close);
        robot.cleanUp();
        GuiActionRunner.execute(() -> Themes.switchTo(false));
    }

    @Test
    void anOpenBreakWindowTurnsDarkAndLightAgain() {
        Routine routine = new RoutinePlanner(StretchCatalog.bundled(), new Random(5))
                .plan(Duration.ofSeconds(60), false, StretchPreferences.defaults());
        BreakPrompt prompt = new BreakPrompt(BreakKind.MICRO, Duration.ofSeconds(60), Duration.ofSeconds(60), 0, 3, false);
        window = GuiActionRunner.execute(() -> {
            BreakWindow w = new BreakWindow(ACCEPTING, () -> routine);
            w.open(prompt, routine, Duration.ofMinutes(5), true);
            return w;
        });
        robot.waitForIdle();
        for (boolean dark : new boolean[] {true, false}) {
            GuiActionRunner.execute(() -> Themes.switchTo(dark));
            robot.waitForIdle();
            Color panel = GuiActionRunner.execute(() -> UIManager.getColor("Panel.background"));
            Color text = GuiActionRunner.execute(() -> UIManager.getColor("TextArea.foreground"));
            Color line = GuiActionRunner.execute(() -> UIManager.getColor("Component.borderColor"));
            String theme = dark ? "dark" : "light";
            assertThat(GuiActionRunner.execute(() -> window.frame().getContentPane().getBackground()))
                    .as(theme + " background").isEqualTo(panel);
            JComponent step = robot.finder().findByName(window.frame(), "break.step", JComponent.class, false);
            assertThat(GuiActionRunner.execute(step::getForeground)).as(theme + " step text").isEqualTo(text);
            BufferedImage image = GuiActionRunner.execute(() -> {
                JComponent content = (JComponent) window.frame().getContentPane();
                BufferedImage i = new BufferedImage(content.getWidth(), content.getHeight(), BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = i.createGraphics();
                content.paint(g);
                g.dispose();
                return i;
            });
            assertThat(new Color(image.getRGB(0, image.getHeight() / 2))).as(theme + " frame line")
                    .isEqualTo(new Color(line.getRGB() & 0xFFFFFF));
        }
    }
}
