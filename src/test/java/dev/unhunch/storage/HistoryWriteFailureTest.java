package dev.unhunch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.history.BufferedHistory;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that cannot be written (a directory where the journal should be, a file where its
 * folder should be, a full disk, a read-only folder) wait in memory, are tried again with the
 * next record and on the ticks, and the user is told once. Real files throughout.
 */
class HistoryWriteFailureTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    @TempDir
    Path tmp;

    private final List<String> told = new ArrayList<>();
    private final BufferedHistory.Listener listener = new BufferedHistory.Listener() {
        @Override
        public void cannotSave(String reason) {
            told.add("cannot: " + reason);
        }

        @Override
        public void savedAgain(int written) {
            told.add("again: " + written);
        }
    };

    @BeforeAll
    static void quiet() {
        QuietLogs.storage();
        java.util.logging.Logger.getLogger(BufferedHistory.class.getName()).setLevel(java.util.logging.Level.OFF);
    }

    private static HistoryRecord rec(int minutes) {
        return HistoryRecord.of(T0.plusSeconds(60L * minutes), BreakKind.MICRO, BreakEventType.COMPLETED, minutes);
    }

    private static List<Long> stored(JsonlHistoryJournal journal) throws IOException {
        return journal.read(T0.minusSeconds(3600), T0.plusSeconds(86_400)).stream().map(HistoryRecord::activeSeconds).toList();
    }

    @Test
    void aDirectoryInTheJournalsPlaceKeepsRecordsUntilTheNextDueRetry() throws IOException {
        Path dir = tmp.resolve("state");
        Files.createDirectories(dir.resolve("history-2026-11.jsonl"));
        JsonlHistoryJournal journal = new JsonlHistoryJournal(dir, ZONE);
        BufferedHistory history = new BufferedHistory(journal, listener);

        history.append(rec(1));
        history.append(rec(2));
        history.append(rec(3));

        assertThat(history.waiting()).isEqualTo(3);
        assertThat(told).singleElement().asString().startsWith("cannot: ").contains("history-2026-11.jsonl");
        assertThat(history.read(T0, T0.plusSeconds(3600))).extracting(HistoryRecord::activeSeconds)
                .containsExactly(1L, 2L, 3L); // the statistics still see them

        Files.delete(dir.resolve("history-2026-11.jsonl"));
        Instant lastTry = T0.plusSeconds(180);
        history.retryIfDue(lastTry.plus(BufferedHistory.RETRY_EVERY).minusSeconds(1));
        assertThat(history.waiting()).isEqualTo(3);
        history.retryIfDue(lastTry.plus(BufferedHistory.RETRY_EVERY));
        assertThat(history.waiting()).isZero();
        assertThat(stored(journal)).containsExactly(1L, 2L, 3L);
        assertThat(told).hasSize(2).last().isEqualTo("again: 3");
        journal.close();
    }

    @Test
    void aFileInPlaceOfTheFolderKeepsRecordsUntilTheNextRecordGetsThrough() throws IOException {
        Path dir = tmp.resolve("state");
        Files.writeString(dir, "not a folder");
        JsonlHistoryJournal journal = new JsonlHistoryJournal(dir, ZONE);
        BufferedHistory history = new BufferedHistory(journal, listener);

        history.append(rec(1));
        history.append(rec(2));
        assertThat(history.waiting()).isEqualTo(2);
        Files.delete(dir);
        history.append(rec(3));

        assertThat(history.waiting()).isZero();
        assertThat(stored(journal)).containsExactly(1L, 2L, 3L);
        assertThat(told).hasSize(2).last().isEqualTo("again: 3");
        journal.close();
    }

    @Test
    void aFullDiskKeepsRecordsUntilThereIsRoomAgain() throws Exception {
        Object mount = Tmpfs.mount(tmp.resolve("small"), "64k");
        Assumptions.assumeTrue(mount instanceof Tmpfs, () -> "disk-full test skipped: " + mount);
        try (Tmpfs fs = (Tmpfs) mount) {
            JsonlHistoryJournal journal = new JsonlHistoryJournal(fs.dir().resolve("unhunch"), ZONE);
            BufferedHistory history = new BufferedHistory(journal, listener);
            Path filler = fs.dir().resolve("filler");
            fill(filler); // before the first record: a page the file already has would take a few more lines

            history.append(rec(1));
            history.append(rec(2));
            history.append(rec(3));
            assertThat(history.waiting()).isEqualTo(3);
            assertThat(told).singleElement().asString().contains("No space left");

            Files.delete(filler);
            history.retryIfDue(T0.plusSeconds(3 * 60).plus(BufferedHistory.RETRY_EVERY));
            assertThat(history.waiting()).isZero();
            assertThat(stored(journal)).containsExactly(1L, 2L, 3L);
            journal.close();
        }
    }

    @Test
    void aFolderWithoutWritePermissionKeepsRecords() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root writes regardless of modes; the read-only tmpfs case covers root");
        Path dir = tmp.resolve("state");
        JsonlHistoryJournal journal = new JsonlHistoryJournal(dir, ZONE);
        BufferedHistory history = new BufferedHistory(journal, listener);
        history.append(rec(1));
        journal.close();
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
        Files.setPosixFilePermissions(dir.resolve("history-2026-11.jsonl"),
                java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
        try {
            history.append(rec(2));
            assertThat(history.waiting()).isEqualTo(1);
            assertThat(told).singleElement().asString().contains("not writable");
        } finally {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(dir.resolve("history-2026-11.jsonl"),
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        history.retryIfDue(T0.plusSeconds(120).plus(BufferedHistory.RETRY_EVERY));
        assertThat(history.waiting()).isZero();
        assertThat(stored(journal)).containsExactly(1L, 2L);
        journal.close();
    }

    @Test
    void aReadOnlyFolderKeepsRecordsAndTellsTheUserOnce() throws Exception {
        Object mount = Tmpfs.mount(tmp.resolve("ro"), "1m");
        Assumptions.assumeTrue(mount instanceof Tmpfs, () -> "read-only test skipped: " + mount);
        try (Tmpfs fs = (Tmpfs) mount) {
            JsonlHistoryJournal journal = new JsonlHistoryJournal(fs.dir().resolve("unhunch"), ZONE);
            BufferedHistory history = new BufferedHistory(journal, listener);
            history.append(rec(1));
            journal.close(); // the next record opens the file again, as after a month's turn
            fs.readOnly();
            for (int i = 2; i <= 5; i++) {
                history.append(rec(i));
                history.retryIfDue(T0.plusSeconds(3600L * i));
            }
            assertThat(history.waiting()).isEqualTo(4);
            assertThat(told).singleElement().asString().contains("Read-only file system");
            assertThat(history.read(T0, T0.plusSeconds(3600))).hasSize(5);
        }
    }

    @Test
    void atMostCapacityRecordsWaitTheOldestGoFirst() {
        HistoryStore broken = new HistoryStore() {
            @Override
            public void append(HistoryRecord record) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public List<HistoryRecord> read(Instant from, Instant to) {
                return List.of();
            }
        };
        BufferedHistory history = new BufferedHistory(broken, listener);
        for (int i = 0; i < BufferedHistory.CAPACITY + 5; i++) {
            history.append(rec(i));
        }
        assertThat(history.waiting()).isEqualTo(BufferedHistory.CAPACITY);
        assertThat(told).hasSize(1);
    }

    private static void fill(Path filler) {
        byte[] block = new byte[1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 1024; i++) {
                out.write(block);
                out.flush();
            }
        } catch (IOException expected) {
            return; // full
        }
        throw new AssertionError("the tmpfs did not fill up");
    }
}
