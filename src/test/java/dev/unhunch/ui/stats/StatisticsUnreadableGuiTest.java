package dev.unhunch.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.app.PreferencesWiring;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.swing.JLabel;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over a journal with hostile records the window opens, and says how many records it left out. */
@RequiresDisplay
@org.junit.jupiter.api.Timeout(60)
class StatisticsUnreadableGuiTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;

    private Robot robot;

    @AfterEach
    void close() {
        if (robot != null) {
            robot.cleanUp();
        }
        GuiActionRunner.execute(() -> Texts.setLocale(Locale.ENGLISH));
    }

    @Test
    void opensAndNamesTheRecordsLeftOut() throws Exception {
        String good = "{\"time\":\"2026-11-20T09:00+01:00\",\"kind\":\"micro\",\"outcome\":\"completed\",\"active\":1200}\n";
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.writeString(state.resolve("history-2026-11.jsonl"), good + good.replace("1200", "1e308")
                + good.replace("1200", "9223372036854775807") + good.replace("1200", "99999999999999999999999"),
                StandardCharsets.UTF_8);
        Files.writeString(state.resolve("history-2026-13.jsonl"), good, StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(TODAY.atTime(17, 0).atZone(ZONE).toInstant(), ZONE);
        PreferencesWiring wiring = new PreferencesWiring(new FileSettingsStore(dir.resolve("config"), null),
                new JsonlHistoryJournal(state, ZONE), ZONE, clock, null, List.of("unhunch"));

        robot = BasicRobot.robotWithNewAwtHierarchy();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            StatisticsWindow window = GuiActionRunner.execute(() -> {
                Texts.setLocale(locale);
                Themes.install(false);
                StatisticsWindow w = new StatisticsWindow(wiring.statsPort());
                w.setLocation(20, 20);
                w.setVisible(true);
                return w;
            });
            robot.waitForIdle();
            JLabel label = (JLabel) robot.finder().findByName(window, "stats.skippedRecords");
            String text = GuiActionRunner.execute(label::getText);
            assertThat(text).contains(locale == Locale.ENGLISH ? "4 records in the break history could not be read"
                    : "4 Einträge im Pausenverlauf sind nicht lesbar");
            assertThat(GuiActionRunner.execute(() -> label.getPreferredSize().width <= window.getContentPane().getWidth()))
                    .as("the line fits the window").isTrue();
            Screenshots.take("statistics-unreadable-" + locale.getLanguage());
            GuiActionRunner.execute(window::dispose);
        }
    }
}
