package dev.unhunch.ui.breakwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.breaks.BreakTime;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.core.stretch.RoutinePlanner;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.core.stretch.StretchPreferences;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every line of every step of a long routine is readable in the break window: no label, text or
 * link of the guide is cut off by the window, and the window keeps one size from step to step.
 */
@RequiresDisplay
class GuideFitsGuiTest {

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
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    @AfterEach
    void close() {
        if (window != null) {
            GuiActionRunner.execute(window::close);
        }
        robot.cleanUp();
        Texts.setLocale(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de", "pt-BR"})
    void everyLineOfEveryStepIsInView(String language) {
        Texts.setLocale(Locale.forLanguageTag(language));
        Duration length = Duration.ofMinutes(10);
        Routine routine = new RoutinePlanner(StretchCatalog.bundled(), new Random(7))
                .plan(length, true, StretchPreferences.defaults());
        assertThat(routine.moments()).hasSizeGreaterThan(10);
        BreakPrompt prompt = new BreakPrompt(BreakKind.LONG, length, length, 0, 3, false);
        window = GuiActionRunner.execute(() -> {
            BreakWindow w = new BreakWindow(ACCEPTING, () -> routine);
            w.open(prompt, routine, Duration.ofMinutes(5), true);
            return w;
        });
        robot.waitForIdle();
        Dimension size = GuiActionRunner.execute(() -> window.frame().getSize());
        List<String> clipped = new ArrayList<>();
        for (Moment m : routine.moments()) {
            Duration at = m.start().plus(m.end().minus(m.start()).dividedBy(2));
            BreakTime time = new BreakTime(BreakKind.LONG, false, length, at, length.minus(at), routine.total(),
                    Duration.ZERO, false, false);
            clipped.addAll(GuiActionRunner.execute(() -> {
                window.setBreakTime(time);
                List<String> found = new ArrayList<>();
                String where = language + " " + m.planned().stretch().id() + " step " + m.stepIndex();
                check(where, found);
                for (String link : new String[] {"break.easierLink", "break.harderLink"}) {
                    JButton b = (JButton) find(window.frame().getContentPane(), link);
                    if (b != null && b.isShowing()) {
                        b.doClick();
                        window.frame().validate();
                        check(where + " with " + link, found);
                        b.doClick(); // folds it away again
                    }
                }
                return found;
            }));
            assertThat(GuiActionRunner.execute(() -> window.frame().getSize())).as("one size at every step")
                    .isEqualTo(size);
        }
        BreakTime end = new BreakTime(BreakKind.LONG, false, length, routine.total(), length.minus(routine.total()),
                routine.total(), Duration.ZERO, false, false);
        clipped.addAll(GuiActionRunner.execute(() -> {
            window.setBreakTime(end);
            List<String> found = new ArrayList<>();
            check(language + " all done", found);
            return found;
        }));
        assertThat(clipped).as("parts of the guide cut off in a window of " + size + " on a screen of "
                + GuiActionRunner.execute(() -> window.frame().getGraphicsConfiguration().getBounds())).isEmpty();
        Rectangle screen = GuiActionRunner.execute(() -> window.frame().getGraphicsConfiguration().getBounds());
        assertThat(screen.contains(GuiActionRunner.execute(() -> window.frame().getBounds()))).isTrue();
    }

    /** Adds each showing part of the guide that is not wholly in view, or shorter than its text needs. */
    private void check(String where, List<String> found) {
        window.frame().validate(); // as the next paint would: lay out what the new texts need
        Container content = window.frame().getContentPane();
        Component guide = find(content, "break.figure").getParent();
        for (Component c : all((Container) guide)) {
            if (!(c instanceof JLabel || c instanceof JTextComponent || c instanceof JButton) || !c.isShowing()) {
                continue;
            }
            JComponent jc = (JComponent) c;
            String text = c instanceof JLabel l ? l.getText() : c instanceof JButton b ? b.getText()
                    : ((JTextComponent) c).getText();
            if (text == null || text.isBlank()) {
                continue;
            }
            Rectangle visible = jc.getVisibleRect();
            boolean whole = visible.width == jc.getWidth() && visible.height == jc.getHeight();
            boolean tallEnough = jc.getHeight() >= jc.getPreferredSize().height;
            boolean wideEnough = !(c instanceof JLabel) || jc.getWidth() >= jc.getPreferredSize().width;
            if (!whole || !tallEnough || !wideEnough) {
                found.add(where + ": " + c.getName() + " " + jc.getBounds() + " shows " + visible
                        + " of preferred " + jc.getPreferredSize() + " \"" + text + "\"");
            }
        }
    }

    private static List<Component> all(Container root) {
        List<Component> out = new ArrayList<>();
        for (Component c : root.getComponents()) {
            out.add(c);
            if (c instanceof Container inner) {
                out.addAll(all(inner));
            }
        }
        return out;
    }

    private static Component find(Container root, String name) {
        return all(root).stream().filter(c -> name.equals(c.getName())).findFirst().orElse(null);
    }
}
