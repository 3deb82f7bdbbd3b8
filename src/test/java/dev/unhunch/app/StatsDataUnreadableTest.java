package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.storage.history.JsonlHistoryJournal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unhunch stats} over a journal with hostile records answers, and says what it left out. */
class StatsDataUnreadableTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    @Test
    void overflowingRecordsAndAStrayMonthFileAreCountedNotFatal() throws Exception {
        String good = "{\"time\":\"2026-11-22T09:00+01:00\",\"kind\":\"micro\",\"outcome\":\"completed\",\"active\":600}\n";
        Files.writeString(dir.resolve("history-2026-11.jsonl"), good
                + good.replace("600", "1e308") + good.replace("600", "99999999999999999999999"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("history-2026-13.jsonl"), good, StandardCharsets.UTF_8);

        ControlResult result = StatsData.of(new JsonlHistoryJournal(dir, ZONE), ZONE, TODAY);

        assertThat(result.ok()).isTrue();
        assertThat(result.message()).contains("10m active").endsWith("3 records could not be read (see the log).");
        assertThat(result.data()).containsEntry("unreadableRecords", 3);
    }
}
