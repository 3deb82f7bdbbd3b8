package dev.unhunch.storage;

import dev.unhunch.core.history.BreakKindName;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.Outcome;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The process {@link KillTest} kills: saves settings with a growing counter and appends history
 * records with growing sequence numbers, forever, reporting each finished write on stdout.
 * Continues from whatever the previous (killed) run left.
 */
public final class KillTestChild {

    private KillTestChild() {
    }

    /** Args: config dir, state dir, and optionally a number of rounds after which to exit. */
    public static void main(String[] args) throws Exception {
        FileSettingsStore store = new FileSettingsStore(Path.of(args[0]), null);
        JsonlHistoryJournal journal = new JsonlHistoryJournal(Path.of(args[1]), ZoneOffset.UTC);
        long counter = counterOf(store.load().settings()) + 1;
        long seq = journal.read(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).stream()
                .mapToLong(HistoryRecord::activeSeconds).max().orElse(-1) + 1;
        boolean first = true;
        long rounds = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        for (long round = 0; round < rounds; round++) {
            store.save(state(counter));
            System.out.println("s " + counter);
            System.out.flush(); // an acknowledgement must leave the process before the next write
            journal.append(new HistoryRecord(Instant.parse("2026-11-22T10:00:00Z").plusSeconds(seq),
                    BreakKindName.MICRO, Outcome.COMPLETED, List.of("n" + seq), seq));
            System.out.println("h " + seq);
            if (first) {
                System.out.println("started"); // classes are loaded: the writing loop runs at full speed
                first = false;
            }
            System.out.flush();
            counter++;
            seq++;
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
