package dev.unhunch.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.app.PreferencesWiring;
import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import dev.unhunch.testsupport.RobotDriven;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.Shot;
import dev.unhunch.ui.theme.Themes;
import java.awt.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics window over a real history journal with a few days of records. */
@RobotDriven
@org.junit.jupiter.api.Timeout(60)
class StatisticsWindowGuiTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private PreferencesWiring wiring;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void writeHistory() throws IOException {
        try (JsonlHistoryJournal journal = new JsonlHistoryJournal(dir.resolve("state"), ZONE)) {
            for (int back = 4; back >= 0; back--) {
                LocalDate day = TODAY.minusDays(back);
                record(journal, day, 9, BreakEventType.OFFERED, 1500);
                record(journal, day, 9, BreakEventType.COMPLETED, 0);
                record(journal, day, 10, BreakEventType.OFFERED, 1500);
                record(journal, day, 10, BreakEventType.SNOOZED, 0);
                record(journal, day, 11, BreakEventType.NATURAL, 3600);
                if (back == 3) {
                    record(journal, day, 12, BreakEventType.OFFERED, 600);
                    record(journal, day, 12, BreakEventType.SKIPPED, 0);
                }
            }
            record(journal, TODAY, 13, BreakEventType.OFFERED, 60);
            record(journal, TODAY, 13, BreakEventType.ENDED_EARLY, 0);
            record(journal, TODAY, 14, BreakEventType.OFFERED, 60);
            record(journal, TODAY, 14, BreakEventType.WORKED_THROUGH, 0);
            Instant quick = TODAY.atTime(15, 0).atZone(ZONE).toInstant(); // a quick chair stretch: extra
            journal.append(new HistoryRecord(quick, BreakKind.MICRO, BreakEventType.STARTED, List.of("chair-twist"),
                    0, true));
            journal.append(new HistoryRecord(quick.plusSeconds(40), BreakKind.MICRO, BreakEventType.COMPLETED,
                    List.of("chair-twist"), 0, true));
        }
        Clock clock = Clock.fixed(TODAY.atTime(17, 0).atZone(ZONE).toInstant(), ZONE);
        wiring = new PreferencesWiring(new FileSettingsStore(dir.resolve("config"), null),
                new JsonlHistoryJournal(dir.resolve("state"), ZONE), ZONE, clock, null, List.of("unhunch"));
    }

    private static void record(JsonlHistoryJournal journal, LocalDate day, int hour, BreakEventType outcome, long active)
            throws IOException {
        Instant at = day.atTime(hour, 0).atZone(ZONE).toInstant();
        journal.append(HistoryRecord.of(at, BreakKind.MICRO, outcome, active));
    }

    @AfterEach
    void close() {
        if (robot != null) {
            robot.cleanUp();
        }
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    private void open(boolean dark) {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        StatisticsWindow frame = GuiActionRunner.execute(() -> {
            Themes.install(dark);
            StatisticsWindow w = new StatisticsWindow(wiring.statsPort());
            w.setLocation(20, 20);
            w.setVisible(true);
            return w;
        });
        window = new FrameFixture(robot, frame);
        // Clicks go to where the window is on screen: wait until X has mapped it at its place and
        // the event queue has settled (the suite twice lost a click on this window right after it
        // opened, never when run alone).
        Pause.pause(new Condition("the statistics window shown at (20, 20)") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> frame.isShowing()
                        && frame.getLocationOnScreen().equals(new java.awt.Point(20, 20)));
            }
        }, Timeout.timeout(10_000));
        robot.waitForIdle();
    }

    /** Clicks {@code what} and waits until {@code done} holds. */
    private void clickUntil(Runnable what, String description, java.util.function.BooleanSupplier done) {
        what.run();
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(done::getAsBoolean);
            }
        }, Timeout.timeout(5_000));
    }

    @Test
    void showsTheNumbersAndCharts() {
        open(false);
        assertThat(GuiActionRunner.execute(() -> window.target().getIconImages())).as("the app's icon, not Java's")
                .isNotEmpty();
        window.label("stats.today.offered").requireText("4");
        window.label("stats.today.taken").requireText("1");
        window.label("stats.today.endedEarly").requireText("1");
        window.label("stats.today.workedThrough").requireText("1");
        window.label("stats.today.natural").requireText("1");
        window.label("stats.today.snoozed").requireText("1");
        window.label("stats.today.skipped").requireText("0");
        window.label("stats.today.extra").requireText("1");
        window.label("stats.week.offered").requireText("13");
        window.label("stats.week.skipped").requireText("1");
        window.label("stats.month.taken").requireText("5");
        window.label("stats.month.extra").requireText("1");
        window.label("stats.today.active").requireText("1\u00a0h 52\u00a0min");
        // days kept since the skip: the 3 days after it (today included)
        window.label("stats.streak").requireText("3");
        Component chart = robot.finder().find(window.target(), new GenericTypeMatcher<>(Component.class, true) {
            @Override
            protected boolean isMatching(Component c) {
                return "chart.breaks".equals(c.getName());
            }
        });
        assertThat(chart.getWidth()).isGreaterThan(300);
        assertThat(chart.getHeight()).isGreaterThan(150);
        Shot week = Screenshots.of("stats-light-7days", window.target()).requirePainted().requireLight();
        showMonth();
        Screenshots.of("stats-light-30days", window.target()).requirePainted().requireLight().requireDifferentFrom(week);
    }

    /** Chooses the 30-day range and waits until it is chosen. */
    private void showMonth() {
        clickUntil(() -> window.toggleButton("stats.range30").click(), "the 30-day range to be chosen",
                () -> window.toggleButton("stats.range30").target().isSelected());
        robot.waitForIdle();
    }

    @Test
    void anOpenWindowShowsARecordAddedThroughThePort() throws IOException {
        open(false);
        showMonth();
        window.label("stats.today.offered").requireText("4");
        Instant at = TODAY.atTime(16, 0).atZone(ZONE).toInstant();
        wiring.history().append(HistoryRecord.of(at, BreakKind.MICRO, BreakEventType.OFFERED, 1200));
        wiring.history().append(HistoryRecord.of(at.plusSeconds(60), BreakKind.MICRO, BreakEventType.COMPLETED, 0));
        // two appends, so possibly two refreshes: wait for the second one's numbers
        Pause.pause(new Condition("today's breaks to show 5 offered, 2 taken") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.label("stats.today.offered").target().getText().equals("5")
                        && window.label("stats.today.taken").target().getText().equals("2"));
            }
        }, Timeout.timeout(10_000));
        window.label("stats.week.offered").requireText("14");
        window.toggleButton("stats.range30").requireSelected(); // the chosen range survives the refresh
        assertThat(visibleChart().getWidth()).isGreaterThan(300);
        Screenshots.of("stats-after-refresh", window.target()).requirePainted();

        LiveStats live = ((StatisticsWindow) window.target()).liveStats();
        window.button("stats.close").click();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(live::active)).as("nothing runs for a closed window").isFalse();
    }

    private Component visibleChart() {
        return robot.finder().find(window.target(), new GenericTypeMatcher<>(Component.class, true) {
            @Override
            protected boolean isMatching(Component c) {
                return "chart.breaks".equals(c.getName());
            }
        });
    }

    @Test
    void looksRightInDark() {
        open(true);
        window.label("stats.today.taken").requireText("1");
        Shot week = Screenshots.of("stats-dark-7days", window.target()).requirePainted().requireDark();
        showMonth();
        Screenshots.of("stats-dark-30days", window.target()).requirePainted().requireDark().requireDifferentFrom(week);
    }

    @Test
    void exportsTheDaysAsCsv() throws IOException {
        Path csv = dir.resolve("stats.csv");
        open(false);
        GuiActionRunner.execute(() -> ((StatisticsWindow) window.target()).setPicker(parent -> csv.toFile()));
        clickUntil(() -> window.button("stats.export").click(), "the export to be reported",
                () -> "Saved stats.csv".equals(window.label("stats.status").target().getText()));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(31);
        assertThat(lines.get(lines.size() - 1)).startsWith("2026-11-20");
    }
}
