package dev.unhunch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.settings.SettingsCodec;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import dev.unhunch.testsupport.Waits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL at random moments and checks after each kill that the
 * settings file is one complete state that was written, the backup is readable, and the journal
 * lost at most the record in flight.
 */
class KillTest {

    @org.junit.jupiter.api.BeforeAll
    static void quiet() {
        QuietLogs.storage();
    }

    /**
     * Replays the kill delays of an earlier run: {@code -Dunhunch.killTest.seed=N}, with N from its
     * output or failure. Only the delays repeat; the children's own pace still varies.
     */
    static final String SEED_PROPERTY = "unhunch.killTest.seed";
    private static final int KILLS = 50;
    /** Children started ahead, so their JVM start-up overlaps the current child's run. */
    private static final int AHEAD = 2;

    @TempDir
    Path tmp;

    @Test
    void killedWritersLeaveCompleteSettingsAndAContiguousJournal(TestReporter reporter) throws Exception {
        Path config = tmp.resolve("config");
        Path state = tmp.resolve("state");
        long seed = Long.getLong(SEED_PROPERTY, ThreadLocalRandom.current().nextLong());
        String replay = "seed " + seed + ", replay with -D" + SEED_PROPERTY + "=" + seed;
        System.out.println("KillTest: " + replay);
        reporter.publishEntry("seed", Long.toString(seed));
        Random random = new Random(seed);
        long ackedSettings = -1;
        long ackedHistory = -1;
        long start = System.nanoTime();
        long writes = 0;
        java.util.ArrayDeque<Process> warming = new java.util.ArrayDeque<>();
        for (int n = 0; n < AHEAD; n++) {
            warming.add(spawn(config, state, n));
        }
        Process p = null;
        try {
            for (int kill = 0; kill < KILLS; kill++) {
                p = warming.remove();
                Path out = tmp.resolve("child-" + kill + ".out");
                awaitLine(p, out, "ready", kill);
                p.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().flush();
                if (kill + AHEAD < KILLS) {
                    warming.add(spawn(config, state, kill + AHEAD)); // warms up meanwhile
                }
                awaitLine(p, out, "started", kill);
                Thread.sleep(20 + random.nextInt(181));
                p.destroyForcibly();
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
                // the child's output went to a file: every acknowledgement it wrote is there
                long lastS = ackedSettings;
                long lastH = ackedHistory;
                for (String line : Files.readAllLines(out)) {
                    if (line.matches("s \\d+")) {
                        lastS = Long.parseLong(line.substring(2));
                    } else if (line.matches("h \\d+")) {
                        lastH = Long.parseLong(line.substring(2));
                    }
                }
                writes += lastS - ackedSettings;

                long settingsState = checkSettings(config, lastS);
                assertThat(settingsState).isGreaterThanOrEqualTo(ackedSettings);
                ackedSettings = settingsState;
                ackedHistory = checkJournal(state, lastH);
            }
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n(" + replay + ")", e);
        } finally {
            if (p != null) {
                p.destroyForcibly();
            }
            warming.forEach(Process::destroyForcibly);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String figures = String.format(java.util.Locale.ROOT,
                "%d kills in %.1f s, %d settings saves and %d history records survived%n",
                KILLS, seconds, ackedSettings + 1, ackedHistory + 1);
        reporter.publishEntry("kills", figures.strip());
        if (Files.isDirectory(Path.of("target"))) {
            Files.writeString(Path.of("target", "kill-test.txt"), figures); // mvn -q stays quiet
        }
        assertThat(writes).as("the children wrote").isPositive();
    }

    private Process spawn(Path config, Path state, int n) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-cp", System.getProperty("java.class.path"), KillTestChild.class.getName(),
                config.toString(), state.toString(), tmp.resolve("scratch-" + n).toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(tmp.resolve("child-" + n + ".out").toFile()).start();
    }

    /** Waits until the child's output file has the line; its output goes to a file, never a pipe. */
    private static void awaitLine(Process p, Path out, String line, int kill) {
        Waits.until("child " + kill + " to say " + line, 30_000, () -> {
            assertThat(p.isAlive()).as("child %d runs", kill).isTrue();
            try {
                return Files.readString(out).contains(line + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Checks the settings file and backup; returns the state number in the file. */
    private static long checkSettings(Path config, long acked) throws Exception {
        Path file = config.resolve(FileSettingsStore.FILE_NAME);
        if (acked < 0 && !Files.exists(file)) {
            return -1;
        }
        byte[] bytes = Files.readAllBytes(file);
        long n = stateOf(bytes);
        assertThat(n).as("settings file holds the last acknowledged state or the one in flight")
                .isBetween(acked, acked + 1);
        Path bak = config.resolve(FileSettingsStore.BACKUP_NAME);
        if (Files.exists(bak)) {
            assertThat(stateOf(Files.readAllBytes(bak))).as("backup").isBetween(n - 1, n);
        } else {
            assertThat(n).as("no backup only before the second save").isLessThanOrEqualTo(0);
        }
        try (Stream<Path> files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("settings.broken"))
                    .filteredOn(name -> name.endsWith(".tmp")).as("stale temp files are cleaned up").hasSizeLessThanOrEqualTo(2);
        }
        return n;
    }

    /** A file's state: it must parse without problems and be exactly what the child wrote. */
    private static long stateOf(byte[] bytes) throws Exception {
        SettingsCodec.Decoded d = SettingsCodec.decode(PropertiesText.parse(bytes));
        assertThat(d.problems()).isEmpty();
        long n = KillTestChild.counterOf(d.settings());
        assertThat(d.settings()).isEqualTo(KillTestChild.state(n));
        return n;
    }

    /** Checks the journal holds 0..n contiguous with n the last acknowledged or the one in flight. */
    private static long checkJournal(Path state, long acked) throws Exception {
        JsonlHistoryJournal journal = new JsonlHistoryJournal(state, ZoneOffset.UTC);
        List<Long> seqs = Stream.of(journal.files().toArray(Path[]::new))
                .flatMap(f -> {
                    try {
                        return journal.readFile(f).stream();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(HistoryRecord::activeSeconds).toList();
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).as("record %d", i).isEqualTo(i);
        }
        assertThat((long) seqs.size() - 1).isBetween(acked, acked + 1);
        return seqs.size() - 1;
    }
}
