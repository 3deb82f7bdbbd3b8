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
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guided window shows the source's dose under every step, says when the break gives a quick
 * version, and shows the catalog's general cautions; pictures of it go to
 * {@code target/screenshots/break-plans/} for a person to look at.
 */
@RequiresDisplay
class DoseLineGuiTest {

    static final Path SHOTS = Path.of("target", "screenshots", "break-plans");
    private static final StretchCatalog CATALOG = StretchCatalog.bundled();
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
    private BreakKind shownKind;
    private Duration shownLength;
    private Routine shownRoutine;

    @BeforeAll
    static void setUp() {
        FailOnThreadViolationRepaintManager.install();
    }

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
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    @Test
    void aQuickVersionSaysSoAndGivesTheFullDose() {
        Routine neck = only("neck-side-stretch", Duration.ofSeconds(75));
        FrameFixture frame = show(neck, BreakKind.MICRO, Duration.ofSeconds(75));
        frame.textBox("break.dose").requireVisible().requireText(
                "Quick version (1 of 3 repetitions) \u2014 full dose: Hold 30 s, 3 times on each side.");
        frame.textBox("break.caution").requireVisible()
                .requireText("Ease in slowly and stop at a mild stretch; never force it.");
        assertThat(frame.textBox("break.step").text()).startsWith("Sit up tall on your chair.")
                .contains("Hold the edge of the seat with one hand, the left one first.").endsWith("Stay there.");
        // the setup is part of the first step: 3 s to get into position, then the full 30 s hold
        frame.label("break.action").requireText("Get into position");
        frame.label("break.hold").requireText("33 s");
        timeLeft(Duration.ofSeconds(75 - 4));
        frame.label("break.action").requireText("Hold");
        frame.label("break.hold").requireText("29 s");

        timeLeft(Duration.ofSeconds(75 - 34)); // 1 s into changing sides
        frame.label("break.action").requireText("Switch sides");
        frame.label("break.hold").requireText("32 s");
        timeLeft(Duration.ofSeconds(75 - 36)); // the right side's hold has begun
        frame.label("break.side").requireText("Right side");
        frame.label("break.action").requireText("Hold");
        assertThat(frame.textBox("break.step").text()).startsWith("Now the other side. Tip your head");

        timeLeft(Duration.ofSeconds(75 - 66)); // routine over, 9 s of the break left
        frame.textBox("break.caution").requireVisible().requireText(
                "Mix bending forward, bending back and twisting, and add some strengthening over the week, "
                        + "or stiffness tends to return.");
        javax.swing.JTextArea dose = robot.finder().findByName(window.frame(), "break.dose", javax.swing.JTextArea.class, false);
        assertThat(GuiActionRunner.execute(dose::isVisible)).as("no dose line once the routine is over").isFalse();
    }

    @Test
    void theVariationsAreVisibleLinksNotOnlyATooltip() {
        Routine chair = only("chair-extension", Duration.ofSeconds(60));
        FrameFixture frame = show(chair, BreakKind.MICRO, Duration.ofSeconds(60));
        frame.button("break.easierLink").requireVisible().requireText("Easier version");
        frame.button("break.harderLink").requireVisible().requireText("Harder version");
        GuiActionRunner.execute(() -> frame.button("break.harderLink").target().doClick());
        robot.waitForIdle();
        javax.swing.JTextArea area = robot.finder().findByName(window.frame(), "break.variation", javax.swing.JTextArea.class, false);
        assertThat(GuiActionRunner.execute(() -> area.isVisible() + " " + area.getText() + " " + area.getBounds()))
                .startsWith("true Harder: ");
        shoot("variation-harder-light");
        frame.button("break.easierLink").click();
        assertThat(frame.textBox("break.variation").text()).startsWith("Easier: ");
        frame.button("break.easierLink").click(); // the same link again folds it away
        javax.swing.JTextArea shown = robot.finder().findByName(window.frame(), "break.variation", javax.swing.JTextArea.class, false);
        assertThat(GuiActionRunner.execute(shown::isVisible)).isFalse();
    }

    @Test
    void theFullDoseIsNamedAsSuch() {
        Routine door = only("doorway-pec-stretch", Duration.ofSeconds(33));
        FrameFixture frame = show(door, BreakKind.MICRO, Duration.ofSeconds(33));
        frame.textBox("break.dose").requireText("Full dose: Hold 30 s.");
    }

    @Test
    void germanWordsTheDoseTheCautionAndTheFoldedSetup() {
        Texts.setLocale(Locale.GERMAN);
        Routine neck = only("neck-side-stretch", Duration.ofSeconds(75));
        FrameFixture frame = show(neck, BreakKind.MICRO, Duration.ofSeconds(75));
        frame.textBox("break.dose").requireText(
                "Kurzfassung (1 von 3 Wiederholungen) \u2013 volle Dosis: 30 s halten, 3-mal auf jeder Seite.");
        assertThat(frame.textBox("break.caution").text()).isNotBlank()
                .isNotEqualTo("Ease in slowly and stop at a mild stretch; never force it.");
        assertThat(frame.textBox("break.step").text()).startsWith("Setz dich").doesNotContain("Sit up");
        timeLeft(Duration.ofSeconds(75 - 36));
        assertThat(frame.textBox("break.step").text()).startsWith("Jetzt die andere Seite.");
        shoot("de-neck-other-side-light");
    }

    /** Start, mid-hold, side switch and end of a micro break, light and dark, for review. */
    @Test
    void pictures() {
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            GuiActionRunner.execute(() -> Themes.install(dark));
            Routine neck = only("neck-side-stretch", Duration.ofSeconds(75));
            show(neck, BreakKind.MICRO, Duration.ofSeconds(75));
            shoot("micro-75s-start-" + theme);
            timeLeft(Duration.ofSeconds(75 - 18));
            shoot("micro-75s-mid-hold-" + theme);
            timeLeft(Duration.ofSeconds(75 - 34));
            shoot("micro-75s-side-switch-" + theme);
            timeLeft(Duration.ofSeconds(5));
            shoot("micro-75s-end-" + theme);
            GuiActionRunner.execute(window::close);

            Routine micro = new RoutinePlanner(CATALOG, new Random(2))
                    .plan(Duration.ofSeconds(30), false, StretchPreferences.defaults());
            show(micro, BreakKind.MICRO, Duration.ofSeconds(30));
            timeLeft(Duration.ofSeconds(20));
            shoot("micro-30s-default-" + theme + "-" + micro.stretches().get(0).stretch().id());
            GuiActionRunner.execute(window::close);

            Routine longOne = new RoutinePlanner(CATALOG, new Random(4))
                    .plan(Duration.ofMinutes(5), true, StretchPreferences.defaults());
            show(longOne, BreakKind.LONG, Duration.ofMinutes(5));
            timeLeft(Duration.ofMinutes(5).minusSeconds(10));
            shoot("long-5m-start-" + theme);
            GuiActionRunner.execute(window::close);
        }
    }

    private static Routine only(String id, Duration length) {
        Set<String> others = new HashSet<>();
        CATALOG.all().forEach(s -> others.add(s.id()));
        others.remove(id);
        Routine r = new RoutinePlanner(CATALOG, new Random(1))
                .plan(length, false, new StretchPreferences(false, Set.of(), others));
        assertThat(r.stretches()).singleElement().satisfies(p -> assertThat(p.stretch().id()).isEqualTo(id));
        return r;
    }

    private FrameFixture show(Routine routine, BreakKind kind, Duration length) {
        BreakPrompt prompt = new BreakPrompt(kind, length, length, 0, 3, false);
        shownKind = kind;
        shownLength = length;
        shownRoutine = routine;
        window = GuiActionRunner.execute(() -> {
            BreakWindow w = new BreakWindow(ACCEPTING, () -> routine);
            w.open(prompt, routine, Duration.ofMinutes(5), true);
            return w;
        });
        robot.waitForIdle();
        return new FrameFixture(robot, window.frame());
    }

    private void timeLeft(Duration left) {
        // as the engine tells it: the break's time taken and left, by its one clock
        dev.unhunch.core.breaks.BreakTime time = new dev.unhunch.core.breaks.BreakTime(shownKind, false, shownLength,
                shownLength.minus(left), left, shownRoutine.total(), Duration.ZERO, false, false);
        GuiActionRunner.execute(() -> window.setBreakTime(time));
        robot.waitForIdle();
    }

    private void shoot(String name) {
        try {
            GuiActionRunner.execute(() -> {
                window.frame().pack();
                window.frame().toFront();
            });
            robot.waitForIdle();
            Rectangle bounds = GuiActionRunner.execute(() -> window.frame().getBounds());
            BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
            Files.createDirectories(SHOTS);
            ImageIO.write(image, "png", SHOTS.resolve(name + ".png").toFile());
        } catch (IOException | java.awt.AWTException e) {
            throw new IllegalStateException(e);
        }
    }
}
