package dev.unhunch.core.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Daily statistics from history records: pure functions, no files, no clock.
 *
 * <p>Records are put on the calendar day of their time in the given zone. {@code last 7 days}
 * means today and the 6 days before; {@code last 30 days} today and the 29 before.
 *
 * <p><b>Streak.</b> A day is <em>kept</em> when at least one break was taken (finished, natural
 * or an extra one on demand) and none was skipped. A day is <em>neutral</em> when nothing about
 * breaks happened (a weekend, a day off, a day without records). Every other day is
 * <em>broken</em>: a skip, or breaks offered but none taken. The current streak counts the kept days
 * going back from today, passing over neutral days, up to the first broken day. Today is still
 * under way, so it adds one when already kept, ends the streak (0) when it has a skip, and is
 * passed over otherwise. The streak reaches back only as far as the records given.
 */
public final class HistoryStats {

    /** The CSV header: {@code date}, the {@link StatCount} columns in order, {@code active_seconds}. */
    public static final String CSV_HEADER = "date,"
            + Arrays.stream(StatCount.values()).map(StatCount::column).collect(Collectors.joining(","))
            + ",active_seconds";

    private HistoryStats() {
    }

    /**
     * The summary the statistics window shows.
     *
     * @param today today's counts
     * @param last7 totals of the last 7 days, today included
     * @param last30 totals of the last 30 days, today included
     * @param days the last 30 days, one row per day, oldest first, empty days included
     * @param streak the current streak in days, see the class comment
     * @param unreadable how many records in the span read could not be read and are left out
     */
    public record Summary(DailyStats today, DailyStats last7, DailyStats last30, List<DailyStats> days, int streak,
            int unreadable) {
        public Summary {
            days = List.copyOf(days);
        }

        /** A summary of records that were all readable. */
        public Summary(DailyStats today, DailyStats last7, DailyStats last30, List<DailyStats> days, int streak) {
            this(today, last7, last30, days, streak, 0);
        }
    }

    /** Summarises records (any order) as of {@code today} in {@code zone}. */
    public static Summary summary(List<HistoryRecord> records, ZoneId zone, LocalDate today) {
        TreeMap<LocalDate, DailyStats> byDay = byDay(records, zone);
        List<DailyStats> days = daily(byDay, today.minusDays(29), today);
        DailyStats last7 = total(days.subList(days.size() - 7, days.size()));
        return new Summary(days.get(days.size() - 1), last7, total(days), days, streak(byDay, today));
    }

    /** Summarises what a read found, carrying over how many records could not be read. */
    public static Summary summary(HistoryRead read, ZoneId zone, LocalDate today) {
        Summary s = summary(read.records(), zone, today);
        return new Summary(s.today(), s.last7(), s.last30(), s.days(), s.streak(), read.unreadable());
    }

    /** One row per day from {@code from} to {@code to} inclusive, oldest first, empty days included. */
    public static List<DailyStats> daily(List<HistoryRecord> records, ZoneId zone, LocalDate from, LocalDate to) {
        return daily(byDay(records, zone), from, to);
    }

    /** The current streak as of {@code today}; see the class comment. */
    public static int streak(List<HistoryRecord> records, ZoneId zone, LocalDate today) {
        return streak(byDay(records, zone), today);
    }

    /** The sum of some rows (an empty row for today's date when there are none). */
    public static DailyStats total(List<DailyStats> rows) {
        return rows.stream().reduce(DailyStats::plus).orElse(DailyStats.empty(LocalDate.EPOCH));
    }

    /**
     * The rows as CSV (RFC 4180, comma-separated, CRLF line ends) with the header
     * {@link #CSV_HEADER}: the counts of {@link DailyStats} and the active time in seconds.
     */
    public static String toCsv(List<DailyStats> rows) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append("\r\n");
        for (DailyStats d : rows) {
            sb.append(d.date());
            for (StatCount c : StatCount.values()) {
                sb.append(',').append(c.of(d));
            }
            sb.append(',').append(d.active().toSeconds()).append("\r\n");
        }
        return sb.toString();
    }

    private static TreeMap<LocalDate, DailyStats> byDay(List<HistoryRecord> records, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        TreeMap<LocalDate, DailyStats> map = new TreeMap<>();
        for (HistoryRecord r : records) {
            LocalDate day = LocalDate.ofInstant(r.time(), zone);
            map.put(day, map.getOrDefault(day, DailyStats.empty(day)).add(r));
        }
        return map;
    }

    private static List<DailyStats> daily(Map<LocalDate, DailyStats> byDay, LocalDate from, LocalDate to) {
        List<DailyStats> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            rows.add(byDay.getOrDefault(d, DailyStats.empty(d)));
        }
        return rows;
    }

    private static int streak(TreeMap<LocalDate, DailyStats> byDay, LocalDate today) {
        DailyStats now = byDay.getOrDefault(today, DailyStats.empty(today));
        if (now.skipped() > 0) {
            return 0;
        }
        int streak = kept(now) ? 1 : 0;
        LocalDate earliest = byDay.isEmpty() ? today : byDay.firstKey();
        for (LocalDate d = today.minusDays(1); !d.isBefore(earliest); d = d.minusDays(1)) {
            DailyStats day = byDay.getOrDefault(d, DailyStats.empty(d));
            if (kept(day)) {
                streak++;
            } else if (day.hasBreaks()) {
                break;
            }
        }
        return streak;
    }

    private static boolean kept(DailyStats d) {
        return d.taken() + d.natural() + d.extra() > 0 && d.skipped() == 0;
    }
}
