package dev.unhunch.core.settings;

import dev.unhunch.core.time.DurationText;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every setting in one place: key, type, default, range and label. The order of {@link #ALL} is
 * the order in which they are written to the file and shown in the dialog.
 */
public final class SettingKeys {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public static final SettingKey<Boolean> MICRO_ENABLED = bool("micro.enabled",
            "Micro breaks on", (b, v) -> b.microEnabled(v), s -> s.micro().enabled());
    public static final SettingKey<Duration> MICRO_INTERVAL = duration("micro.interval",
            "Micro break after this much activity", "1m", "4h",
            (b, v) -> b.microInterval(v), s -> s.micro().interval());
    public static final SettingKey<Duration> MICRO_LENGTH = duration("micro.length",
            "Micro break length", "5s", "10m", (b, v) -> b.microLength(v), s -> s.micro().length());
    public static final SettingKey<Boolean> LONG_ENABLED = bool("long.enabled",
            "Long breaks on", (b, v) -> b.longEnabled(v), s -> s.longBreak().enabled());
    public static final SettingKey<Duration> LONG_INTERVAL = duration("long.interval",
            "Long break after this much activity", "5m", "8h",
            (b, v) -> b.longInterval(v), s -> s.longBreak().interval());
    public static final SettingKey<Duration> LONG_LENGTH = duration("long.length",
            "Long break length", "30s", "1h", (b, v) -> b.longLength(v), s -> s.longBreak().length());
    public static final SettingKey<Duration> NOTICE_LENGTH = duration("notice.length",
            "Notice before a break", "0s", "5m", (b, v) -> b.noticeLength(v), Settings::noticeLength);
    public static final SettingKey<Duration> SNOOZE_LENGTH = duration("snooze.length",
            "Snooze postpones a break by", "1m", "1h", (b, v) -> b.snoozeLength(v), Settings::snoozeLength);
    public static final SettingKey<Integer> SNOOZE_MAX = integer("snooze.max",
            "Snoozes allowed per break", 0, 20, (b, v) -> b.maxSnoozes(v), Settings::maxSnoozes);
    public static final SettingKey<Boolean> STRICT = bool("strict",
            "Strict mode (no snooze, no skip)", (b, v) -> b.strictMode(v), Settings::strictMode);
    public static final SettingKey<Boolean> DAILY_LIMIT_ENABLED = bool("daily.limit.enabled",
            "Daily activity limit on", (b, v) -> b.dailyLimitEnabled(v), Settings::dailyLimitEnabled);
    public static final SettingKey<Duration> DAILY_LIMIT = duration("daily.limit",
            "Daily activity limit", "30m", "16h", (b, v) -> b.dailyLimit(v), Settings::dailyLimit);
    public static final SettingKey<WorkingHours> WORKING_HOURS = new SettingKey<>("working.hours",
            "Working hours (empty = always)", SettingType.WORKING_HOURS, null, null, List.of(),
            WorkingHours::parse, WorkingHours::format, v -> null,
            Settings::workingHours, (b, v) -> b.workingHours(v));
    public static final SettingKey<LocalTime> PAUSE_UNTIL = new SettingKey<>("pause.tomorrow.at",
            "\"Pause until tomorrow\" ends at", SettingType.TIME_OF_DAY, null, null, List.of(),
            SettingKeys::parseTime, t -> String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()),
            v -> null, Settings::pauseUntilTomorrowAt, (b, v) -> b.pauseUntilTomorrowAt(v));
    public static final SettingKey<Duration> ACTIVITY_NOISE = duration("activity.noise",
            "Input pause that marks noise", "1s", "1m", (b, v) -> b.activityNoise(v), s -> s.activity().noise());
    public static final SettingKey<Duration> ACTIVITY_ACTIVE = duration("activity.active",
            "Input needed to become active", "0s", "1m", (b, v) -> b.activityActive(v), s -> s.activity().active());
    public static final SettingKey<Duration> ACTIVITY_IDLE = duration("activity.idle",
            "Input pause that counts as idle", "2s", "5m", (b, v) -> b.activityIdle(v), s -> s.activity().idle());
    public static final SettingKey<Boolean> STRETCH_AT_HOME = bool("stretch.atHome",
            "At home (floor stretches in long breaks, with what you have)", (b, v) -> b.atHome(v), s -> s.stretches().atHome());
    // ---- equipment (what the user has; the planner offers nothing that needs more) ----------
    public static final SettingKey<Boolean> EQUIPMENT_MAT = bool("equipment.mat",
            "I have an exercise mat and floor space (stretches on all fours or lying; at home only)",
            (b, v) -> b.mat(v), s -> s.stretches().kit().mat());
    public static final SettingKey<Boolean> EQUIPMENT_FOAM_ROLLER = bool("equipment.foamRoller",
            "I have a foam roller (without one, at home only the roller stretch is offered, on a rolled towel)",
            (b, v) -> b.foamRoller(v), s -> s.stretches().kit().foamRoller());
    public static final SettingKey<Boolean> EQUIPMENT_WALL_OR_DOORWAY = bool("equipment.wallOrDoorway",
            "I have a free wall corner or doorway nearby", (b, v) -> b.wallOrDoorway(v),
            s -> s.stretches().kit().wallOrDoorway());
    public static final SettingKey<Boolean> EQUIPMENT_LOW_BACKED_CHAIR = bool("equipment.lowBackedChair",
            "My chair's backrest ends below the shoulder blades (to lean back over it)",
            (b, v) -> b.lowBackedChair(v), s -> s.stretches().kit().lowBackedChair());
    public static final SettingKey<List<String>> STRETCH_FAVOURITES = idList("stretch.favourites",
            "Favourite stretches", (b, v) -> b.favourites(v), s -> s.stretches().favourites());
    public static final SettingKey<List<String>> STRETCH_NEVER = idList("stretch.never",
            "Never show these stretches", (b, v) -> b.neverShow(v), s -> s.stretches().neverShow());
    public static final SettingKey<Theme> THEME = new SettingKey<>("theme", "Theme",
            SettingType.CHOICE, null, null,
            Arrays.stream(Theme.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList(),
            SettingKeys::parseTheme, t -> t.name().toLowerCase(Locale.ROOT), v -> null,
            Settings::theme, (b, v) -> b.theme(v));
    public static final SettingKey<Boolean> REDUCED_MOTION = bool("reducedMotion",
            "Reduce motion", (b, v) -> b.reducedMotion(v), Settings::reducedMotion);
    public static final SettingKey<Boolean> SOUNDS = bool("sounds",
            "Sounds", (b, v) -> b.sounds(v), Settings::sounds);
    public static final SettingKey<Boolean> AUTOSTART = bool("autostart",
            "Start with the desktop", (b, v) -> b.autostart(v), Settings::autostart);
    public static final SettingKey<String> LANGUAGE = new SettingKey<>("language",
            "Language (system or a tag like de-CH)", SettingType.LANGUAGE, null, null, List.of(),
            SettingKeys::parseLanguage, v -> v, v -> null, Settings::language, (b, v) -> b.language(v));

    // "don't interrupt" (issue 20): the checks that make a due break wait
    public static final SettingKey<Boolean> DEFER_MICROPHONE = bool("defer.microphone",
            "Wait while the microphone is in use", (b, v) -> b.deferMicrophone(v), s -> s.defer().microphone());
    public static final SettingKey<Boolean> DEFER_CAMERA = bool("defer.camera",
            "Wait while the camera is in use", (b, v) -> b.deferCamera(v), s -> s.defer().camera());
    public static final SettingKey<Boolean> DEFER_FULL_SCREEN = bool("defer.fullscreen",
            "Wait while a full-screen window is focused", (b, v) -> b.deferFullScreen(v), s -> s.defer().fullScreen());
    public static final SettingKey<Boolean> DEFER_DND = bool("defer.dnd",
            "Wait while do-not-disturb is on", (b, v) -> b.deferDoNotDisturb(v), s -> s.defer().doNotDisturb());
    public static final SettingKey<Duration> DEFER_MAX = duration("defer.max",
            "Longest wait (active time)", "1m", "4h", (b, v) -> b.maxDeferral(v), s -> s.defer().maxDeferral());

    /** Every key, in file and dialog order. */
    public static final List<SettingKey<?>> ALL = List.of(
            MICRO_ENABLED, MICRO_INTERVAL, MICRO_LENGTH,
            LONG_ENABLED, LONG_INTERVAL, LONG_LENGTH,
            NOTICE_LENGTH, SNOOZE_LENGTH, SNOOZE_MAX, STRICT,
            DAILY_LIMIT_ENABLED, DAILY_LIMIT, WORKING_HOURS, PAUSE_UNTIL,
            ACTIVITY_NOISE, ACTIVITY_ACTIVE, ACTIVITY_IDLE,
            STRETCH_AT_HOME,
            EQUIPMENT_MAT, EQUIPMENT_FOAM_ROLLER, EQUIPMENT_WALL_OR_DOORWAY, EQUIPMENT_LOW_BACKED_CHAIR,
            STRETCH_FAVOURITES, STRETCH_NEVER,
            THEME, REDUCED_MOTION, SOUNDS, AUTOSTART, LANGUAGE,
            DEFER_MICROPHONE, DEFER_CAMERA, DEFER_FULL_SCREEN, DEFER_DND, DEFER_MAX);

    private static final Map<String, SettingKey<?>> BY_NAME = new LinkedHashMap<>();

    static {
        for (SettingKey<?> k : ALL) {
            BY_NAME.put(k.key(), k);
        }
    }

    private SettingKeys() {
    }

    /** The key with this name, if it is one of ours. */
    public static Optional<SettingKey<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * Checks every range and the rules between settings. An empty list means the settings are
     * valid. Each message names the key, the allowed values and the value found.
     */
    public static List<Problem> validate(Settings settings) {
        List<Problem> problems = new ArrayList<>();
        for (SettingKey<?> k : ALL) {
            check(k, settings).ifPresent(reason -> problems.add(new Problem(k.key(), k.text(settings), null,
                    k.key() + ": " + reason.english(), reason)));
        }
        crossCheck(settings).ifPresent(problems::add);
        return problems;
    }

    /** The rule between settings that one key's range cannot express, if broken. */
    static Optional<Problem> crossCheck(Settings s) {
        Duration noise = s.activity().noise();
        Duration idle = s.activity().idle();
        if (noise.compareTo(idle) > 0) {
            Reason reason = Reason.of(Reason.Code.NOISE_OVER_IDLE, DurationText.format(idle),
                    DurationText.format(noise));
            return Optional.of(new Problem(ACTIVITY_NOISE.key(), DurationText.format(noise), null,
                    ACTIVITY_NOISE.key() + ": " + reason.english(), reason));
        }
        return Optional.empty();
    }

    private static <T> Optional<Reason> check(SettingKey<T> k, Settings s) {
        return k.checkReason(k.get(s));
    }

    // ---- factories -------------------------------------------------------------------------

    private static SettingKey<Boolean> bool(String key, String label,
            BiConsumer<Settings.Builder, Boolean> setter, Function<Settings, Boolean> getter) {
        return new SettingKey<>(key, label, SettingType.BOOLEAN, null, null, List.of("true", "false"),
                SettingKeys::parseBoolean, String::valueOf, v -> null, getter, setter);
    }

    private static SettingKey<Integer> integer(String key, String label, int min, int max,
            BiConsumer<Settings.Builder, Integer> setter, Function<Settings, Integer> getter) {
        return new SettingKey<>(key, label, SettingType.INTEGER, min, max, List.of(),
                SettingKeys::parseInt, String::valueOf,
                v -> v < min || v > max ? Reason.of(Reason.Code.RANGE, min, max, v) : null,
                getter, setter);
    }

    private static SettingKey<Duration> duration(String key, String label, String min, String max,
            BiConsumer<Settings.Builder, Duration> setter, Function<Settings, Duration> getter) {
        Duration lo = DurationText.parse(min);
        Duration hi = DurationText.parse(max);
        return new SettingKey<>(key, label, SettingType.DURATION, lo, hi, List.of(),
                SettingKeys::parseDuration, DurationText::format,
                v -> v.compareTo(lo) < 0 || v.compareTo(hi) > 0
                        ? Reason.of(Reason.Code.RANGE, min, max, DurationText.format(v)) : null,
                getter, setter);
    }

    private static SettingKey<List<String>> idList(String key, String label,
            BiConsumer<Settings.Builder, List<String>> setter, Function<Settings, List<String>> getter) {
        return new SettingKey<>(key, label, SettingType.ID_LIST, null, null, List.of(),
                SettingKeys::parseIds, v -> String.join(",", v), SettingKeys::checkIds, getter, setter);
    }

    // ---- parsers ---------------------------------------------------------------------------

    private static Boolean parseBoolean(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1":
                return true;
            case "false", "no", "off", "0":
                return false;
            default:
                throw new InvalidValueException(Reason.of(Reason.Code.NOT_BOOLEAN, s));
        }
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(Reason.of(Reason.Code.NOT_NUMBER, s));
        }
    }

    private static LocalTime parseTime(String s) {
        try {
            return LocalTime.parse(s.length() == 4 ? "0" + s : s);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(Reason.of(Reason.Code.NOT_TIME_OF_DAY, s));
        }
    }

    private static Theme parseTheme(String s) {
        try {
            return Theme.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(Reason.of(Reason.Code.NOT_THEME, s));
        }
    }

    private static String parseLanguage(String s) {
        if (s.isEmpty() || s.equalsIgnoreCase(Settings.SYSTEM_LANGUAGE)) {
            return Settings.SYSTEM_LANGUAGE;
        }
        try {
            // pt_BR (as Java and POSIX write it) is kept as the tag pt-BR
            return new Locale.Builder().setLanguageTag(s.replace('_', '-')).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new InvalidValueException(Reason.of(Reason.Code.NOT_LANGUAGE, s));
        }
    }

    private static Duration parseDuration(String s) {
        try {
            return DurationText.parse(s);
        } catch (IllegalArgumentException e) {
            // the same words as DurationText's, with a code a window can translate
            throw new InvalidValueException(Reason.of(Reason.Code.NOT_DURATION, s));
        }
    }

    private static List<String> parseIds(String s) {
        List<String> ids = new ArrayList<>();
        for (String part : s.split(",")) {
            String id = part.strip();
            if (!id.isEmpty() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private static Reason checkIds(List<String> ids) {
        for (String id : ids) {
            if (!ID.matcher(id).matches()) {
                return Reason.of(Reason.Code.NOT_STRETCH_ID, id);
            }
        }
        return null;
    }
}
