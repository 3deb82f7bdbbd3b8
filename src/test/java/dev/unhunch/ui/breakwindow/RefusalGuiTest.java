package dev.unhunch.ui.breakwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.core.stretch.RoutinePlanner;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.core.stretch.StretchPreferences;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.ui.theme.Themes;
import java.time.Duration;
import java.util.Random;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A command the engine refuses leaves the window open and says why, kindly. */
@RobotDriven
class RefusalGuiTest {

    private Robot robot;

    @BeforeAll
    static void setUp() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    @BeforeEach
    void open() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void close() {
        robot.cleanUp();
    }

    @Test
    void aRefusedSkipIsExplainedInTheWindow() {
        BreakActions refusing = new BreakActions() {
            @Override public CommandResult startNow() { return CommandResult.refused("no"); }
            @Override public CommandResult snooze() { return CommandResult.refused("snooze limit reached (3 of 3)"); }
            @Override public CommandResult skip() { return CommandResult.refused("no break to skip (no break is due)"); }
            @Override public CommandResult done() { return CommandResult.refused("no"); }
            @Override public CommandResult endEarly() { return CommandResult.refused("no"); }
            @Override public CommandResult stopStretching() { return CommandResult.refused("no"); }
            @Override public CommandResult restartRoutine(java.time.Duration length) { return CommandResult.refused("no"); }
            @Override public CommandResult stretchNow(java.time.Duration length) { return CommandResult.refused("no"); }
        };
        Routine routine = new RoutinePlanner(StretchCatalog.bundled(), new Random(1))
                .plan(Duration.ofSeconds(30), false, StretchPreferences.defaults());
        BreakPrompt prompt = new BreakPrompt(BreakKind.MICRO, Duration.ofSeconds(30), Duration.ofSeconds(30), 0, 3, false);
        BreakWindow window = GuiActionRunner.execute(() -> {
            BreakWindow w = new BreakWindow(refusing, () -> routine);
            w.open(prompt, routine, Duration.ofMinutes(5), true);
            return w;
        });
        FrameFixture frame = new FrameFixture(robot, window.frame());
        frame.button("break.skip").click();
        frame.label("break.status").requireText("Sorry, no break to skip (no break is due).");
        frame.requireVisible();
    }

    @Test
    void refusalsReadAsASentence() {
        assertThat(BreakTexts.refusal("strict mode is on: breaks cannot be snoozed"))
                .isEqualTo("Sorry, strict mode is on: breaks cannot be snoozed.");
        assertThat(BreakTexts.refusal("")).isEqualTo("Sorry, that is not possible right now.");
    }
}
