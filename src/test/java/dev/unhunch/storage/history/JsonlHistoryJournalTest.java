package dev.unhunch.storage.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.history.BreakKindName;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlHistoryJournalTest {

    @org.junit.jupiter.api.BeforeAll
    static void quiet() {
        dev.unhunch.storage.QuietLogs.storage();
    }

    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

    @TempDir
    Path tmp;

    private Path dir() {
        return tmp.resolve("state/unhunch");
    }

    private static HistoryRecord rec(String time, Outcome outcome, long active) {
        return new HistoryRecord(Instant.parse(time), BreakKindName.MICRO, outcome, List.of("neck-tilt", "wrist"), active);
    }

    @Test
    void appendsReadableLinesRotatedByLocalMonthWithPrivateModes() throws IOException {
        try (JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE)) {
            j.append(rec("2026-10-31T22:30:00Z", Outcome.OFFERED, 10)); // 23:30 in Zurich: October
            j.append(rec("2026-10-31T23:30:00Z", Outcome.COMPLETED, 20)); // 00:30 on 1 November
            j.append(new HistoryRecord(Instant.parse("2026-11-02T08:00:00Z"), null, Outcome.PAUSED, List.of(), 0));
        }
        Path oct = dir().resolve("history-2026-10.jsonl");
        Path nov = dir().resolve("history-2026-11.jsonl");
        assertThat(Files.readString(oct)).isEqualTo("{\"time\":\"2026-10-31T23:30+01:00\",\"kind\":\"micro\","
                + "\"outcome\":\"offered\",\"stretches\":[\"neck-tilt\",\"wrist\"],\"active\":10}\n");
        assertThat(Files.readAllLines(nov)).hasSize(2).last().asString().doesNotContain("kind").contains("\"paused\"");
        assertThat(Files.getPosixFilePermissions(nov)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir())).isEqualTo(PosixFilePermissions.fromString("rwx------"));

        JsonlHistoryJournal reader = new JsonlHistoryJournal(dir(), ZONE);
        List<HistoryRecord> all = reader.read(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(all).extracting(HistoryRecord::outcome).containsExactly(Outcome.OFFERED, Outcome.COMPLETED, Outcome.PAUSED);
        assertThat(all.get(0)).isEqualTo(rec("2026-10-31T22:30:00Z", Outcome.OFFERED, 10));
        assertThat(reader.read(Instant.parse("2026-10-31T23:00:00Z"), Instant.parse("2026-11-02T08:00:00Z")))
                .singleElement().extracting(HistoryRecord::activeSeconds).isEqualTo(20L);
        assertThat(JsonlHistoryJournal.fileName(YearMonth.of(2026, 11))).isEqualTo("history-2026-11.jsonl");
    }

    @Test
    void partialAndDamagedLinesAreSkippedAndDoNotSpreadToTheNextRecord() throws IOException {
        try (JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE)) {
            j.append(rec("2026-11-01T10:00:00Z", Outcome.OFFERED, 1));
        }
        Path nov = dir().resolve("history-2026-11.jsonl");
        Files.writeString(nov, "not json at all\n{\"time\":\"2026-11-01T11:00:00Z\",\"outcome\":\"nonsense\"}\n"
                + "{\"time\":\"2026-11-01T11:30:00+01:00\",\"kind\":\"mi", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE)) {
            assertThat(j.readFile(nov)).hasSize(1);
            j.append(rec("2026-11-01T12:00:00Z", Outcome.COMPLETED, 2));
            assertThat(j.readFile(nov)).extracting(HistoryRecord::activeSeconds).containsExactly(1L, 2L);
        }
        assertThat(Files.readString(nov)).contains("\"kind\":\"mi\n{\"time\"");
    }

    @Test
    void readsWholeLocalDaysAndExportsCsv() throws IOException {
        try (JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE)) {
            j.append(rec("2026-11-20T22:59:59Z", Outcome.OFFERED, 5)); // 23:59:59 on the 20th in Zurich
            j.append(rec("2026-11-20T23:00:00Z", Outcome.OFFERED, 6)); // midnight: the 21st
            j.append(rec("2026-11-21T22:59:59Z", Outcome.COMPLETED, 7));
            j.append(rec("2026-11-21T23:00:00Z", Outcome.OFFERED, 8));
            java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 21);
            List<HistoryRecord> records = j.readDays(day, day);
            assertThat(records).extracting(HistoryRecord::activeSeconds).containsExactly(6L, 7L);

            Path csv = tmp.resolve("export/stats.csv");
            Files.createDirectories(csv.getParent());
            CsvExport.write(csv, dev.unhunch.core.history.HistoryStats.daily(records, j.zone(), day, day));
            assertThat(csv).hasContent("date,offered,taken,snoozed,skipped,natural,active_seconds\r\n"
                    + "2026-11-21,1,1,0,0,0,13");
        }
    }

    @Test
    void missingDirectoryReadsAsEmpty() throws IOException {
        JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE);
        assertThat(j.read(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).isEmpty();
        assertThat(j.files()).isEmpty();
    }
}
