package dev.unhunch.core.settings;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.text.Normalizer;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hours in which breaks are counted and offered, per weekday, as zero or more time ranges.
 *
 * <p>Text form: {@code mon-fri 09:00-12:30,13:30-17:30; sat 10:00-12:00}. Groups are separated
 * by {@code ;}; each group is a day spec ({@code mon}, {@code mon-fri}, {@code mon,wed,fri} or
 * {@code every}) followed by comma-separated {@code HH:MM-HH:MM} ranges ({@code 24:00} allowed as
 * an end). Days not mentioned have no working hours. The empty text means "always".
 *
 * <p>Day names are read in English and in every language of {@link #DAY_NAME_LANGUAGES}, in
 * their full or short form ({@code Mo-Fr}, {@code lun-ven}, {@code seg-sex}, {@code miércoles};
 * case, accents and a trailing dot do not matter); {@link #format()} always writes English, the
 * settings file's one syntax, and {@link #format(Locale)} writes a language's short names for
 * showing.
 *
 * <p>Ranges are in local wall time of the clock's zone; a range never crosses midnight.
 */
public final class WorkingHours {

    /** A half-open time range {@code [start, end)} within one day; {@code end == null} is 24:00. */
    public record Range(LocalTime start, LocalTime end) {
        /** True when {@code t} falls inside the range. */
        public boolean contains(LocalTime t) {
            return !t.isBefore(start) && (end == null || t.isBefore(end));
        }

        @Override
        public String toString() {
            return fmt(start) + "-" + (end == null ? "24:00" : fmt(end));
        }
    }

    private static final String[] DAY_NAMES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    /**
     * The languages whose day names are read besides English: those the windows speak. Their
     * names come from the JDK; no two of them name different days alike (a test checks it).
     */
    public static final List<Locale> DAY_NAME_LANGUAGES = List.of(Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"));

    /** Every other language's day name, full and short, normalised, to its day. */
    private static final Map<String, DayOfWeek> LOCAL_DAY_NAMES = localDayNames();
    private static final WorkingHours ALWAYS = new WorkingHours(null);

    /** Null means always. */
    private final Map<DayOfWeek, List<Range>> days;

    private WorkingHours(Map<DayOfWeek, List<Range>> days) {
        this.days = days;
    }

    /** No restriction: breaks count at every hour of every day. */
    public static WorkingHours always() {
        return ALWAYS;
    }

    /** True when there is no restriction. */
    public boolean isAlways() {
        return days == null;
    }

    /** The ranges of one day (empty for a day off); for {@link #always()}, the whole day. */
    public List<Range> ranges(DayOfWeek day) {
        if (days == null) {
            return List.of(new Range(LocalTime.MIDNIGHT, null));
        }
        return days.getOrDefault(day, List.of());
    }

    /** True when the local time of {@code t} falls into working hours. */
    public boolean contains(ZonedDateTime t) {
        if (days == null) {
            return true;
        }
        LocalTime time = t.toLocalTime();
        for (Range r : ranges(t.getDayOfWeek())) {
            if (r.contains(time)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next local time at or after {@code from} at which working hours begin, searched over
     * the next 8 days; empty when there are none.
     */
    public Optional<LocalDateTime> nextStart(LocalDateTime from) {
        if (days == null) {
            return Optional.of(from);
        }
        for (int i = 0; i <= 8; i++) {
            LocalDateTime day = from.toLocalDate().plusDays(i).atStartOfDay();
            for (Range r : ranges(day.getDayOfWeek())) {
                LocalDateTime start = day.with(r.start());
                if (!start.isBefore(from)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException naming the part that could not be read
     */
    public static WorkingHours parse(String text) {
        // "segunda-feira": the hyphen would read as a range
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("-feira", "");
        if (s.isEmpty() || s.equals("always")) {
            return ALWAYS;
        }
        Map<DayOfWeek, List<Range>> map = new EnumMap<>(DayOfWeek.class);
        for (String group : s.split(";")) {
            String g = group.strip();
            if (g.isEmpty()) {
                continue;
            }
            int space = g.indexOf(' ');
            if (space < 0) {
                throw new InvalidValueException(Reason.of(Reason.Code.HOURS_WITHOUT_DAYS, g));
            }
            List<DayOfWeek> groupDays = parseDays(g.substring(0, space).strip());
            List<Range> ranges = new ArrayList<>();
            for (String r : g.substring(space + 1).split(",")) {
                ranges.add(parseRange(r.strip()));
            }
            for (DayOfWeek d : groupDays) {
                List<Range> list = map.computeIfAbsent(d, k -> new ArrayList<>());
                list.addAll(ranges);
                list.sort((a, b) -> a.start().compareTo(b.start()));
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new WorkingHours(map);
    }

    /** The text form, normalised: one group per day with hours, {@code ""} for always. */
    public String format() {
        if (days == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Range> rs = days.get(d);
            if (rs == null || rs.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(DAY_NAMES[d.ordinal()]).append(' ');
            for (int i = 0; i < rs.size(); i++) {
                b.append(i > 0 ? "," : "").append(rs.get(i));
            }
        }
        return b.toString();
    }

    /**
     * The text form with {@code language}'s short day names ({@code Mo 09:00-17:00} in German),
     * for showing; {@link #parse} reads it back. English, or a language without day names of its
     * own here, gives {@link #format()}.
     */
    public String format(Locale language) {
        if (!DAY_NAME_LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(language.getLanguage()))) {
            return format();
        }
        String english = format();
        StringBuilder b = new StringBuilder();
        for (String group : english.isEmpty() ? new String[0] : english.split("; ")) {
            DayOfWeek day = DayOfWeek.values()[java.util.Arrays.asList(DAY_NAMES).indexOf(group.substring(0, 3))];
            String name = day.getDisplayName(TextStyle.SHORT, language);
            if (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            b.append(b.length() > 0 ? "; " : "").append(name).append(group.substring(3));
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours w && format().equals(w.format())
                && isAlways() == w.isAlways();
    }

    @Override
    public int hashCode() {
        return format().hashCode();
    }

    @Override
    public String toString() {
        return days == null ? "always" : format();
    }

    private static List<DayOfWeek> parseDays(String spec) {
        List<DayOfWeek> out = new ArrayList<>();
        if (spec.equals("every") || spec.equals("daily")) {
            return List.of(DayOfWeek.values());
        }
        for (String part : spec.split(",")) {
            String[] ends = part.split("-", -1);
            if (ends.length == 1) {
                out.add(day(ends[0]));
            } else if (ends.length == 2) {
                int a = day(ends[0]).ordinal();
                int b = day(ends[1]).ordinal();
                for (int i = a; ; i = (i + 1) % 7) {
                    out.add(DayOfWeek.values()[i]);
                    if (i == b) {
                        break;
                    }
                }
            } else {
                throw new InvalidValueException(Reason.of(Reason.Code.NOT_DAYS, part));
            }
        }
        return out;
    }

    private static DayOfWeek day(String name) {
        String n = name.strip();
        for (int i = 0; i < DAY_NAMES.length; i++) {
            if (n.length() >= 3 && DAY_NAMES[i].equals(n.substring(0, 3))) {
                return DayOfWeek.values()[i];
            }
        }
        DayOfWeek local = LOCAL_DAY_NAMES.get(normalise(n));
        if (local != null) {
            return local;
        }
        throw new InvalidValueException(Reason.of(Reason.Code.NOT_WEEKDAY, name));
    }

    /** Lower case, without accents, a trailing dot or "-feira": "Mié." and "mie" are one name. */
    private static String normalise(String dayName) {
        String n = Normalizer.normalize(dayName.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("-feira", "");
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static Map<String, DayOfWeek> localDayNames() {
        Map<String, DayOfWeek> names = new HashMap<>();
        for (Locale language : DAY_NAME_LANGUAGES) {
            for (DayOfWeek day : DayOfWeek.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
                    DayOfWeek other = names.put(normalise(day.getDisplayName(style, language)), day);
                    if (other != null && other != day) {
                        throw new IllegalStateException("day name of two days: " + day.getDisplayName(style, language));
                    }
                }
            }
        }
        return Map.copyOf(names);
    }

    /** Every day name read besides English, normalised, for tests. */
    static Map<String, DayOfWeek> localDayNamesForTest() {
        return LOCAL_DAY_NAMES;
    }

    private static Range parseRange(String r) {
        String[] ends = r.split("-", -1);
        if (ends.length != 2) {
            throw new InvalidValueException(Reason.of(Reason.Code.NOT_TIME_RANGE, r));
        }
        LocalTime start = time(ends[0].strip(), false);
        LocalTime end = time(ends[1].strip(), true);
        if (end != null && !end.isAfter(start)) {
            throw new InvalidValueException(Reason.of(Reason.Code.END_NOT_AFTER_START, r));
        }
        return new Range(start, end);
    }

    private static LocalTime time(String t, boolean allow24) {
        if (allow24 && t.equals("24:00")) {
            return null;
        }
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(Reason.of(Reason.Code.NOT_TIME, t));
        }
    }

    private static String fmt(LocalTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }
}
