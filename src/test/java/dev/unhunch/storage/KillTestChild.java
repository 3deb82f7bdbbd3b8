package dev.unhunch.storage;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The process {@link KillTest} kills: saves settings with a growing counter and appends history
 * records with growing sequence numbers, forever, reporting each finished write on stdout
 * ({@code s <counter>}, {@code h <seq>}). Continues from whatever the previous (killed) run left.
 *
 * <p>To keep JVM start-up out of the test's time, it first warms up on a scratch directory, says
 * {@code ready}, and waits for a line on stdin before it touches the real files; the test starts
 * the next child while the current one runs.
 */
public final class KillTestChild {

    private KillTestChild() {
    }

    /** Args: config dir, state dir, scratch dir for the warm-up. */
    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[2]);
        run(scratch.resolve("config"), scratch.resolve("state"), 3, false);
        System.out.println("ready");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        run(Path.of(args[0]), Path.of(args[1]), Long.MAX_VALUE, true);
    }

    private static void run(Path config, Path state, long rounds, boolean report) throws IOException {
        FileSettingsStore store = new FileSettingsStore(config, null);
        JsonlHistoryJournal journal = new JsonlHistoryJournal(state, ZoneOffset.UTC);
        long counter = counterOf(store.load().settings()) + 1;
        long seq = journal.read(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).stream()
                .mapToLong(HistoryRecord::activeSeconds).max().orElse(-1) + 1;
        for (long round = 0; round < rounds; round++) {
            store.save(state(counter));
            report(report, "s " + counter);
            journal.append(new HistoryRecord(Instant.parse("2026-11-22T10:00:00Z").plusSeconds(seq),
                    BreakKind.MICRO, BreakEventType.COMPLETED, List.of("n" + seq), seq));
            report(report, "h " + seq);
            if (round == 0) {
                report(report, "started");
            }
            counter++;
            seq++;
        }
        journal.close();
    }

    private static void report(boolean report, String line) {
        if (report) {
            System.out.println(line);
            System.out.flush(); // an acknowledgement must leave the process before the next write
        }
    }

    /** The settings state number {@code counter}: two settings derived from it. */
    static Settings state(long counter) {
        return Settings.builder().favourites(List.of("c" + counter))
                .microInterval(Duration.ofMinutes(1 + counter % 239)).build();
    }

    /** The counter of a state, or -1 for the defaults. */
    static long counterOf(Settings s) {
        List<String> fav = s.stretches().favourites();
        return fav.isEmpty() ? -1 : Long.parseLong(fav.get(0).substring(1));
    }
}
