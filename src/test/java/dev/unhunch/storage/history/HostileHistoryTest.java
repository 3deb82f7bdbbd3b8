package dev.unhunch.storage.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.history.HistoryRead;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.HistoryStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records and month files that do not parse or overflow are skipped and counted, never fatal. */
class HostileHistoryTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        dev.unhunch.storage.QuietLogs.storage();
    }

    private static String line(String active) {
        return "{\"time\":\"2026-11-22T09:00+01:00\",\"kind\":\"micro\",\"outcome\":\"completed\",\"stretches\":[],"
                + "\"active\":" + active + "}\n";
    }

    private HistoryRead readToday(JsonlHistoryJournal journal) throws IOException {
        return journal.readCounting(TODAY.atStartOfDay(ZONE).toInstant(), TODAY.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    @Test
    void activeValuesThatOverflowOrAreNotWholeSecondsAreCountedNotSummed() throws IOException {
        Files.writeString(dir.resolve("history-2026-11.jsonl"), line("1200") + line("1e308") + line("9223372036854775807")
                + line("99999999999999999999999") + line("2.5") + line("-1") + line("\"12\"") + line("90000")
                + line("90001"), StandardCharsets.UTF_8);
        HistoryRead read = readToday(new JsonlHistoryJournal(dir, ZONE));

        assertThat(read.records()).extracting(HistoryRecord::activeSeconds).containsExactly(1200L, 90000L);
        assertThat(read.unreadable()).isEqualTo(7);
        assertThat(read.unreadableText()).isEqualTo("7 records could not be read");
        HistoryStats.Summary summary = HistoryStats.summary(read, ZONE, TODAY);
        assertThat(summary.today().taken()).isEqualTo(2);
        assertThat(summary.today().active().toSeconds()).isEqualTo(91200L);
        assertThat(summary.unreadable()).isEqualTo(7);
    }

    @Test
    void aFileNamedLikeAMonthThatIsNoMonthIsSkippedAndItsRecordsCounted() throws IOException {
        Files.writeString(dir.resolve("history-2026-11.jsonl"), line("60"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("history-2026-13.jsonl"), line("60") + line("60"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("history-2026-00.jsonl"), "", StandardCharsets.UTF_8);
        JsonlHistoryJournal journal = new JsonlHistoryJournal(dir, ZONE);

        HistoryRead read = readToday(journal);

        assertThat(read.records()).hasSize(1);
        assertThat(read.unreadable()).isEqualTo(2);
        assertThat(read.unreadableText()).isEqualTo("2 records could not be read");
        assertThat(journal.read(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).hasSize(1);
    }

    @Test
    void oneUnreadableRecordIsSaidInTheSingular() throws IOException {
        Files.writeString(dir.resolve("history-2026-11.jsonl"), line("60") + "{\"time\":\"2026-11-22T09:00+01:00\"\n",
                StandardCharsets.UTF_8);
        assertThat(readToday(new JsonlHistoryJournal(dir, ZONE)).unreadableText()).isEqualTo("1 record could not be read");
    }
}
