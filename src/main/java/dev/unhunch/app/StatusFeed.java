package dev.unhunch.app;

import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.breaks.StatusText;
import dev.unhunch.core.time.DurationText;
import dev.unhunch.platform.ipc.IpcReply;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The lines of {@code unhunch status --follow}: listens to the engine's snapshots (on the engine
 * thread, after every beat) and publishes a line only when it reads differently from the last
 * one. The line counts in whole minutes, so while the timers count it changes about once a minute
 * and otherwise only when the state does (a notice, a break, a pause, its end); beats in between
 * publish nothing. No timer of its own: the engine's beats are the only clock.
 */
final class StatusFeed implements Consumer<EngineSnapshot> {

    private final Consumer<IpcReply> publisher;
    private final ZoneId zone;
    /** Engine thread only. */
    private String last;

    StatusFeed(Consumer<IpcReply> publisher, ZoneId zone) {
        this.publisher = publisher;
        this.zone = zone;
    }

    @Override
    public void accept(EngineSnapshot snapshot) {
        String line = line(snapshot, zone);
        if (!line.equals(last)) {
            last = line;
            publisher.accept(reply(snapshot, zone));
        }
    }

    /** A follow line as a reply: the short line as message, the status fields as data (docs/cli.md). */
    static IpcReply reply(EngineSnapshot snapshot, ZoneId zone) {
        return IpcReply.success(line(snapshot, zone), data(snapshot, zone));
    }

    /** The {@code data} of a follow line: {@code running}, {@code breaks} and the fields of {@code status}. */
    static Map<String, Object> data(EngineSnapshot snapshot, ZoneId zone) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("running", true);
        data.put("breaks", line(snapshot, zone));
        data.putAll(StatusData.of(snapshot, zone));
        return data;
    }

    /**
     * Short enough for a status bar: {@code micro break in 12m, long break in 47m} (minutes rounded
     * up), {@code micro break soon} during the notice, {@code micro break now} during the break,
     * {@code paused until 14:05}, {@code outside working hours}.
     */
    static String line(EngineSnapshot s, ZoneId zone) {
        return switch (s.stage()) {
            case NOTICE -> s.currentKind().word() + " break soon";
            case BREAK -> s.currentKind().word() + " break now";
            case COUNTING -> counting(s);
            case PAUSED, OUTSIDE_HOURS -> StatusText.format(s, zone);
        };
    }

    private static String counting(EngineSnapshot s) {
        List<String> parts = new ArrayList<>();
        if (s.untilMicro() != null) {
            parts.add("micro break in " + minutes(s.untilMicro()));
        }
        if (s.untilLong() != null) {
            parts.add("long break in " + minutes(s.untilLong()));
        }
        if (parts.isEmpty()) {
            parts.add("breaks off");
        }
        if (s.dailyLimitReached()) {
            parts.add("daily limit reached");
        }
        return String.join(", ", parts);
    }

    /** Whole minutes, rounded up: {@code 12m}, {@code 1h5m}; under a minute left is {@code 1m}. */
    private static String minutes(Duration d) {
        long minutes = d.isNegative() ? 0 : (d.toSeconds() + 59) / 60;
        return minutes == 0 ? "0m" : DurationText.format(Duration.ofMinutes(minutes));
    }
}
