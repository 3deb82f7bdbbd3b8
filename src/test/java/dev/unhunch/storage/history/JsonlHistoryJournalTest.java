package dev.unhunch.storage.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.history.HistoryRecord;
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

    private static HistoryRecord rec(String time, BreakEventType outcome, long active) {
        return new HistoryRecord(Instant.parse(time), BreakKind.MICRO, outcome, List.of("neck-tilt", "wrist"), active);
    }

    @Test
    void appendsReadableLinesRotatedByLocalMonthWithPrivateModes() throws IOException {
        try (JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE)) {
            j.append(rec("2026-10-31T22:30:00Z", BreakEventType.OFFERED, 10)); // 23:30 in Zurich: October
            j.append(rec("2026-10-31T23:30:00Z", BreakEventType.COMPLETED, 20)); // 00:30 on 1 November
            j.append(new HistoryRecord(Instant.parse("2026-11-02T08:00:00Z"), null, BreakEventType.PAUSED, List.of(), 0));
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
        assertThat(all).extracting(HistoryRecord::outcome)
                .containsExactly(BreakEventType.OFFERED, BreakEventType.COMPLETED, BreakEventType.PAUSED);
        assertThat(all.get(0)).isEqualTo(rec("2026-10-31T22:30:00Z", BreakEventType.OFFERED, 10));
        assertThat(reader.read(Instant.parse("2026-10-31T23:00:00Z"), Instant.parse("2026-11-02T08:00:00Z")))
                .singleElement().extracting(HistoryRecord::activeSeconds).isEqualTo(20L);
        assertThat(JsonlHistoryJournal.fileName(YearMonth.of(2026, 11))).isEqualTo("history-2026-11.jsonl");
    }

    @Test
    void partialAndDamagedLinesAreSkippedAndDoNotSpreadToTheNextRecord() throws IOException {
        try (JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE)) {
            j.append(rec("2026-11-01T10:00:00Z", BreakEventType.OFFERED, 1));
        }
        Path nov = dir().resolve("history-2026-11.jsonl");
        Files.writeString(nov, "not json at all\n{\"time\":\"2026-11-01T11:00:00Z\",\"outcome\":\"nonsense\"}\n"
                + "{\"time\":\"2026-11-01T11:30:00+01:00\",\"kind\":\"mi", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE)) {
            assertThat(j.readFile(nov)).hasSize(1);
            j.append(rec("2026-11-01T12:00:00Z", BreakEventType.COMPLETED, 2));
            assertThat(j.readFile(nov)).extracting(HistoryRecord::activeSeconds).containsExactly(1L, 2L);
        }
        assertThat(Files.readString(nov)).contains("\"kind\":\"mi\n{\"time\"");
    }

    @Test
    void readsWholeLocalDaysAndExportsCsv() throws IOException {
        try (JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE)) {
            j.append(rec("2026-11-20T22:59:59Z", BreakEventType.OFFERED, 5)); // 23:59:59 on the 20th in Zurich
            j.append(rec("2026-11-20T23:00:00Z", BreakEventType.OFFERED, 6)); // midnight: the 21st
            j.append(rec("2026-11-21T22:59:59Z", BreakEventType.COMPLETED, 7));
            j.append(rec("2026-11-21T23:00:00Z", BreakEventType.OFFERED, 8));
            java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 21);
            List<HistoryRecord> records = j.readDays(day, day);
            assertThat(records).extracting(HistoryRecord::activeSeconds).containsExactly(6L, 7L);

            Path csv = tmp.resolve("export/stats.csv");
            Files.createDirectories(csv.getParent());
            CsvExport.write(csv, dev.unhunch.core.history.HistoryStats.daily(records, j.zone(), day, day));
            assertThat(csv).hasContent(
                    "date,offered,taken,ended_early,worked_through,natural,snoozed,skipped,extra,deferred,active_seconds\r\n"
                    + "2026-11-21,1,1,0,0,0,0,0,0,0,13");
        }
    }

    @Test
    void filesWrittenBeforeTheVocabulariesWereFoldedStillRead() throws IOException {
        Path nov = dir().resolve("history-2026-11.jsonl");
        Files.createDirectories(dir());
        Files.writeString(nov, String.join("\n",
                "{\"time\":\"2026-11-03T09:00+01:00\",\"kind\":\"micro\",\"outcome\":\"completed\",\"stretches\":[\"neck-tilt\"],\"active\":1200}",
                "{\"time\":\"2026-11-03T10:00+01:00\",\"kind\":\"long\",\"outcome\":\"natural\",\"stretches\":[],\"active\":60}",
                "{\"time\":\"2026-11-03T18:00+01:00\",\"kind\":\"daily\",\"outcome\":\"offered\",\"stretches\":[],\"active\":30}",
                "{\"time\":\"2026-11-03T18:05+01:00\",\"outcome\":\"paused\",\"stretches\":[],\"active\":0}", ""));
        List<HistoryRecord> read = new JsonlHistoryJournal(dir(), ZONE).readFile(nov);
        assertThat(read).extracting(HistoryRecord::kind).containsExactly(BreakKind.MICRO, BreakKind.LONG, null, null);
        assertThat(read).extracting(HistoryRecord::outcome).containsExactly(BreakEventType.COMPLETED,
                BreakEventType.NATURAL, BreakEventType.DAILY_LIMIT, BreakEventType.PAUSED);
        assertThat(read.get(0).stretchIds()).containsExactly("neck-tilt");
        assertThat(read).noneMatch(HistoryRecord::onDemand);
    }

    @Test
    void newOutcomesAndOnDemandBreaksGoThereAndBack() throws IOException {
        List<HistoryRecord> written = List.of(
                new HistoryRecord(Instant.parse("2026-11-03T08:00:00Z"), BreakKind.MICRO, BreakEventType.STARTED,
                        List.of("chair-twist"), 5, true),
                new HistoryRecord(Instant.parse("2026-11-03T08:01:00Z"), BreakKind.MICRO, BreakEventType.ENDED_EARLY,
                        List.of("chair-twist"), 0, true),
                rec("2026-11-03T09:00:00Z", BreakEventType.WORKED_THROUGH, 7),
                HistoryRecord.of(Instant.parse("2026-11-03T17:00:00Z"), null, BreakEventType.DAILY_LIMIT, 9));
        try (JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE)) {
            for (HistoryRecord r : written) {
                j.append(r);
            }
            assertThat(j.read(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).isEqualTo(written);
        }
        List<String> lines = Files.readAllLines(dir().resolve("history-2026-11.jsonl"));
        assertThat(lines.get(1)).contains("\"outcome\":\"ended_early\"").endsWith(",\"onDemand\":true}");
        assertThat(lines.get(2)).contains("\"outcome\":\"worked_through\"").doesNotContain("onDemand");
        assertThat(lines.get(3)).contains("\"outcome\":\"daily_limit\"").doesNotContain("kind");
    }

    @Test
    void aDeferralAndTheOfferAfterItKeepTheirReason() throws IOException {
        List<HistoryRecord> written = List.of(
                new HistoryRecord(Instant.parse("2026-11-03T08:00:00Z"), BreakKind.MICRO, BreakEventType.DEFERRED,
                        List.of(), 3, false, "microphone"),
                new HistoryRecord(Instant.parse("2026-11-03T08:20:00Z"), BreakKind.MICRO, BreakEventType.OFFERED,
                        List.of("chair-twist"), 60, false, "after microphone"));
        try (JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE)) {
            for (HistoryRecord r : written) {
                j.append(r);
            }
            assertThat(j.read(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).isEqualTo(written);
        }
        List<String> lines = Files.readAllLines(dir().resolve("history-2026-11.jsonl"));
        assertThat(lines.get(0)).contains("\"outcome\":\"deferred\"").endsWith(",\"reason\":\"microphone\"}");
    }

    @Test
    void missingDirectoryReadsAsEmpty() throws IOException {
        JsonlHistoryJournal j = new JsonlHistoryJournal(dir(), ZONE);
        assertThat(j.read(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).isEmpty();
        assertThat(j.files()).isEmpty();
    }
}
