package dev.unhunch.ui.breakwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.breaks.BreakTime;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.core.stretch.RoutinePlanner;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.core.stretch.StretchPreferences;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.ui.theme.Themes;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Once "All done" shows, only the buttons that can act at the end are there. */
@RequiresDisplay
class AllDoneButtonsGuiTest {

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
    private static final Duration LENGTH = Duration.ofMinutes(5);

    private Robot robot;
    private BreakWindow window;
    private Routine routine;

    @BeforeEach
    void open() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        GuiActionRunner.execute(() -> Themes.install(false));
        routine = new RoutinePlanner(StretchCatalog.bundled(), new Random(3))
                .plan(Duration.ofMinutes(3), true, StretchPreferences.defaults());
        BreakPrompt prompt = new BreakPrompt(BreakKind.LONG, LENGTH, LENGTH, 0, 3, false);
        long now = System.nanoTime();
        window = GuiActionRunner.execute(() -> {
            // a ticker that stands still: the shown time is the engine's, to the nanosecond
            BreakWindow w = new BreakWindow(ACCEPTING, () -> routine, () -> now);
            w.open(prompt, routine, Duration.ofMinutes(5), true);
            return w;
        });
        robot.waitForIdle();
    }

    @AfterEach
    void close() {
        GuiActionRunner.execute(window::close);
        robot.cleanUp();
    }

    @Test
    void whileStretchingAllTheWaysOn() {
        show(time(Duration.ofSeconds(20), routine.total()));
        assertThat(buttons()).containsExactly("break.back", "break.next", "break.chair", "break.endEarly",
                "break.snooze", "break.skip");
    }

    @Test
    void atTheEndOnlyDone() {
        show(time(routine.total(), routine.total()));
        assertThat(window.shown().title()).isEqualTo("All done");
        assertThat(buttons()).containsExactly("break.done");
    }

    @Test
    void theMomentTheWindowReachesTheEndBeforeTheEngineSaysSoItIsAlreadyDone() {
        // the engine's end lies a little later than the routine's (a chair stretch swapped in
        // at a shown time ahead of the engine's): no End early, Snooze or Skip beside "All done"
        show(time(routine.total(), routine.total().plusMillis(600)));
        assertThat(window.shown().title()).isEqualTo("All done");
        assertThat(buttons()).containsExactly("break.done");
    }

    @Test
    void whoWentToTheEndWithNextCanGoBackOrEndEarly() {
        show(time(Duration.ofSeconds(20), routine.total()));
        GuiActionRunner.execute(() -> {
            for (int i = 0; i < routine.moments().size() && window.shown().buttons().contains("break.next")
                    && !window.shown().title().equals("All done"); i++) {
                robot.finder().findByName(window.frame(), "break.next", javax.swing.JButton.class).doClick();
            }
        });
        assertThat(window.shown().title()).isEqualTo("All done");
        assertThat(buttons()).containsExactly("break.back", "break.endEarly");
    }

    @Test
    void whenTheBreakIsOverOnlyClose() {
        BreakTime over = new BreakTime(BreakKind.LONG, false, LENGTH, LENGTH, Duration.ZERO, routine.total(),
                Duration.ZERO, false, false);
        GuiActionRunner.execute(() -> window.showOver(over));
        robot.waitForIdle();
        assertThat(buttons()).containsExactly("break.close");
    }

    private BreakTime time(Duration elapsed, Duration routineEndsAt) {
        return new BreakTime(BreakKind.LONG, false, LENGTH, elapsed, LENGTH.minus(elapsed), routineEndsAt,
                Duration.ZERO, false, false);
    }

    private void show(BreakTime time) {
        GuiActionRunner.execute(() -> window.setBreakTime(time));
        robot.waitForIdle();
    }

    private List<String> buttons() {
        return GuiActionRunner.execute(() -> window.shown().buttons());
    }
}
