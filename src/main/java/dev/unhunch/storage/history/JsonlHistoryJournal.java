package dev.unhunch.storage.history;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.history.HistoryRead;
import dev.unhunch.core.history.HistoryRecord;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.core.log.Log;
import dev.unhunch.platform.AppDirectories;
import dev.unhunch.platform.FilePermissions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The break history as JSON lines, one file per month ({@code history-2026-11.jsonl}) in the
 * state directory, one record per line, readable and greppable by the user:
 *
 * <pre>{"time":"2026-11-22T09:41:05+01:00","kind":"micro","outcome":"completed","stretches":["neck-tilt"],"active":1200}</pre>
 *
 * <p><b>Fields.</b> {@code kind} is {@code micro} or {@code long} (absent for pauses and the daily
 * limit); {@code outcome} is a {@link BreakEventType#id()} such as {@code offered},
 * {@code completed}, {@code ended_early}, {@code worked_through}, {@code daily_limit};
 * {@code active} is seconds of activity since the previous record; {@code "onDemand":true} marks
 * a break the user asked for (absent otherwise). Files written before the daily limit had its own
 * outcome say {@code "kind":"daily","outcome":"offered"}; they read as {@code daily_limit}.
 *
 * <p><b>Crash safety.</b> The file is only ever appended to, and each record goes out in a single
 * {@code write} of one whole line, so a process killed at any moment leaves at most the record in
 * flight as a partial last line. Reading skips lines that do not parse, so a partial line is never
 * fatal; before the next append the journal ends such a line with a newline, so the damage never
 * spreads to the next record.
 *
 * <p><b>fsync policy.</b> Every record is forced to disk ({@link FileChannel#force force(false)})
 * before {@link #append} returns. A killed process loses nothing once {@code write} returned (the
 * data is in the OS cache), but a power cut or kernel crash would lose everything since the last
 * flush. Records are rare — a handful per break, a few dozen per day — so one data sync each costs
 * nothing noticeable, and the statistics the user sees stay true across power cuts.
 *
 * <p>Months are those of the record's time in the zone given; reads look one month further either
 * side, so records written in another zone are still found. Thread-safe.
 */
public final class JsonlHistoryJournal implements HistoryStore, AutoCloseable {

    private static final Log LOG = Log.of(JsonlHistoryJournal.class);
    private static final Pattern NAME = Pattern.compile("history-(\\d{4})-(\\d{2})\\.jsonl");
    /**
     * The most active time one record can carry: each record holds the activity since the one
     * before on the same day, so never more than a day's (25 hours on the day clocks go back).
     */
    static final long MAX_ACTIVE_SECONDS = 25 * 3600;
    /** The kind older files gave the daily limit, whose outcome they wrote as "offered". */
    private static final String OLD_DAILY_KIND = "daily";

    private final Path dir;
    private final ZoneId zone;
    private YearMonth openMonth;
    private FileChannel channel;
    private boolean needsNewline;

    /**
     * A journal in {@code stateDir} (created with mode 0700 on the first append).
     *
     * @param zone the zone whose calendar months name the files
     */
    public JsonlHistoryJournal(Path stateDir, ZoneId zone) {
        this.dir = Objects.requireNonNull(stateDir, "stateDir");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The journal of the running user, in the system's time zone. */
    public static JsonlHistoryJournal forCurrentUser() {
        return new JsonlHistoryJournal(AppDirectories.forCurrentUser().state(), ZoneId.systemDefault());
    }

    /** The file name for a month, e.g. {@code history-2026-11.jsonl}. */
    public static String fileName(YearMonth month) {
        return String.format("history-%04d-%02d.jsonl", month.getYear(), month.getMonthValue());
    }

    /** The file for a month. */
    public Path file(YearMonth month) {
        return dir.resolve(fileName(month));
    }

    @Override
    public synchronized void append(HistoryRecord record) throws IOException {
        byte[] line = (toJson(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            FileChannel ch = channelFor(YearMonth.from(record.time().atZone(zone)));
            ByteBuffer buf = ByteBuffer.allocate(line.length + 1);
            if (needsNewline) {
                buf.put((byte) '\n'); // close a line cut off by an earlier crash
            }
            buf.put(line).flip();
            ch.write(buf); // one write of the whole line: a regular file takes it at once
            while (buf.hasRemaining()) {
                ch.write(buf); // only after a short write, which local files do not do
            }
            ch.force(false);
            needsNewline = false;
        } catch (IOException e) {
            closeChannel();
            String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null
                    && !(e instanceof java.nio.file.AccessDeniedException) ? f.getFile() + ": " : "";
            throw new IOException("Could not add to the break history in " + dir + ": " + file
                    + dev.unhunch.storage.AtomicFiles.reason(e), e);
        }
    }

    @Override
    public List<HistoryRecord> read(Instant from, Instant to) throws IOException {
        return readCounting(from, to).records();
    }

    /**
     * The records with {@code from <= time < to}, oldest first, and how many could not be read:
     * damaged lines of the months read, and every line of a file whose name looks like a month
     * file but is not a month ({@code history-2026-13.jsonl}), since its records cannot be placed.
     */
    @Override
    public HistoryRead readCounting(Instant from, Instant to) throws IOException {
        YearMonth first = YearMonth.from(from.atZone(zone)).minusMonths(1);
        YearMonth last = YearMonth.from(to.atZone(zone)).plusMonths(1);
        List<HistoryRecord> out = new ArrayList<>();
        int unreadable = 0;
        for (Path p : files()) {
            YearMonth m = month(p);
            if (m == null) {
                FileRead stray = readLines(p);
                int n = stray.records().size() + stray.unreadable();
                LOG.info(() -> "Ignoring " + p + ": its name is not a month; " + n + " record(s) in it not counted");
                unreadable = saturatedSum(unreadable, n);
            } else if (!m.isBefore(first) && !m.isAfter(last)) {
                FileRead read = readLines(p);
                unreadable = saturatedSum(unreadable, read.unreadable());
                for (HistoryRecord r : read.records()) {
                    if (!r.time().isBefore(from) && r.time().isBefore(to)) {
                        out.add(r);
                    }
                }
            }
        }
        out.sort(Comparator.comparing(HistoryRecord::time));
        return new HistoryRead(out, unreadable);
    }

    /**
     * The records of whole calendar days in the journal's zone, {@code fromDay} to {@code toDay}
     * inclusive, oldest first: what {@link dev.unhunch.core.history.HistoryStats} needs. For the
     * statistics window, read e.g. the last year so that the streak can reach back.
     */
    public List<HistoryRecord> readDays(LocalDate fromDay, LocalDate toDay) throws IOException {
        return read(fromDay.atStartOfDay(zone).toInstant(), toDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The zone whose calendar names the files and bounds the days. */
    public ZoneId zone() {
        return zone;
    }

    /** Every record of one file in file order, skipping damaged lines. */
    public List<HistoryRecord> readFile(Path file) throws IOException {
        return readLines(file).records();
    }

    private record FileRead(List<HistoryRecord> records, int unreadable) {
    }

    private FileRead readLines(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new FileRead(List.of(), 0);
        }
        List<HistoryRecord> out = new ArrayList<>();
        int skipped = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(fromJson(line));
            } catch (IOException | RuntimeException e) {
                skipped++;
            }
        }
        if (skipped > 0) {
            int n = skipped;
            LOG.info(() -> "Skipped " + n + " damaged line(s) in " + file);
        }
        return new FileRead(out, skipped);
    }

    /** The month files present, oldest first. */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            // a directory by a month's name is no journal: left alone (appends report it)
            return s.filter(p -> NAME.matcher(p.getFileName().toString()).matches() && !Files.isDirectory(p))
                    .sorted().toList();
        }
    }

    @Override
    public synchronized void close() {
        closeChannel();
    }

    private FileChannel channelFor(YearMonth month) throws IOException {
        if (channel != null && month.equals(openMonth)) {
            return channel;
        }
        closeChannel();
        FilePermissions.createPrivateDirectories(dir);
        Path file = file(month);
        FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), FilePermissions.privateFileAttributes(dir));
        FilePermissions.restrictFile(file);
        needsNewline = false;
        long size = ch.size();
        if (size > 0) {
            ByteBuffer last = ByteBuffer.allocate(1);
            try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
                reader.read(last, size - 1);
            }
            needsNewline = last.get(0) != '\n';
        }
        channel = ch;
        openMonth = month;
        return ch;
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug(() -> "closing the history file: " + e);
            }
            channel = null;
            openMonth = null;
        }
    }

    /** The month a file is for, or null when its name is not a month ({@code history-2026-13.jsonl}). */
    private static YearMonth month(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        return month >= 1 && month <= 12 ? YearMonth.of(Integer.parseInt(m.group(1)), month) : null;
    }

    private static int saturatedSum(int a, int b) {
        return (int) Math.min(Integer.MAX_VALUE, (long) a + b);
    }

    private String toJson(HistoryRecord r) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", r.time().atZone(zone).toOffsetDateTime().toString());
        if (r.kind() != null) {
            m.put("kind", r.kind().word());
        }
        m.put("outcome", r.outcome().id());
        m.put("stretches", r.stretchIds());
        m.put("active", r.activeSeconds());
        if (r.onDemand()) {
            m.put("onDemand", true);
        }
        if (!r.reason().isEmpty()) {
            m.put("reason", r.reason());
        }
        return JSON.std.asString(m);
    }

    private static HistoryRecord fromJson(String line) throws IOException {
        Map<String, Object> m = JSON.std.mapFrom(line);
        Instant time = OffsetDateTime.parse((String) m.get("time")).toInstant();
        Object kind = m.get("kind");
        BreakEventType outcome = BreakEventType.fromId((String) m.get("outcome"));
        BreakKind breakKind = null;
        if (OLD_DAILY_KIND.equals(kind)) {
            outcome = BreakEventType.DAILY_LIMIT;
        } else if (kind != null) {
            breakKind = BreakKind.fromWord((String) kind);
        }
        List<String> stretches = new ArrayList<>();
        if (m.get("stretches") instanceof List<?> list) {
            list.forEach(o -> stretches.add(String.valueOf(o)));
        }
        Object reason = m.get("reason");
        return new HistoryRecord(time, breakKind, outcome, stretches, activeSeconds(m.get("active")),
                Boolean.TRUE.equals(m.get("onDemand")), reason instanceof String text ? text : "");
    }

    /**
     * The {@code active} seconds of a record: a whole number from 0 to {@link #MAX_ACTIVE_SECONDS}.
     * Anything else ({@code 1e308}, {@code 2.5}, a number beyond a long, a string) makes the record
     * unreadable rather than wrapping around or overflowing the sums.
     */
    static long activeSeconds(Object active) throws IOException {
        if (active == null) {
            return 0;
        }
        if (!(active instanceof Integer || active instanceof Long || active instanceof Short
                || active instanceof Byte || active instanceof java.math.BigInteger)) {
            throw new IOException("active is not a whole number: " + active);
        }
        java.math.BigInteger value = active instanceof java.math.BigInteger b ? b
                : java.math.BigInteger.valueOf(((Number) active).longValue());
        if (value.signum() < 0 || value.compareTo(java.math.BigInteger.valueOf(MAX_ACTIVE_SECONDS)) > 0) {
            throw new IOException("active is out of range: " + active);
        }
        return value.longValue();
    }
}
