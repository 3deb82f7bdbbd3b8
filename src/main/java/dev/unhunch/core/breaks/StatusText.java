package dev.unhunch.core.breaks;

import dev.unhunch.core.time.DurationText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-line English status for the tray tooltip and the CLI, e.g. {@code "micro break in 12:30,
 * long break in 41:10"} or {@code "paused until 14:00"}; a gentle offer after the longest "don't
 * interrupt" wait has no countdown: {@code "micro break offered, whenever you are ready"}.
 */
public final class StatusText {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_HH_MM = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_HH_MM = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private StatusText() {
    }

    /** The status line, with wall times shown in {@code zone}. */
    public static String format(EngineSnapshot s, ZoneId zone) {
        return switch (s.stage()) {
            case PAUSED -> s.pausedUntil() == null ? "paused"
                    : "paused until " + time(s.pausedUntil().atZone(zone), s.at().atZone(zone).toLocalDate());
            case OUTSIDE_HOURS -> "outside working hours";
            case NOTICE -> s.offeredGently() ? s.currentKind().word() + " break offered, whenever you are ready"
                    : s.currentKind().word() + " break in " + DurationText.clock(s.timeLeft());
            case BREAK -> s.currentKind().word() + " break: " + DurationText.clock(s.timeLeft()) + " left";
            case COUNTING -> counting(s);
        };
    }

    private static String counting(EngineSnapshot s) {
        List<String> parts = new ArrayList<>();
        DeferralState deferred = s.deferred();
        if (deferred != null) {
            parts.add(deferred.grace() ? "break follows shortly (" + endedWords(deferred.reason()) + ")"
                    : "break waits: " + words(deferred.reason()) + " (" + DurationText.clock(deferred.since()) + ")");
        } else if (s.untilMicro() != null) {
            parts.add("micro break in " + DurationText.clock(s.untilMicro()));
        }
        if (s.untilLong() != null && deferred == null) {
            parts.add("long break in " + DurationText.clock(s.untilLong()));
        }
        if (parts.isEmpty()) {
            parts.add("breaks off");
        }
        if (s.dailyLimitReached()) {
            parts.add("daily limit reached");
        }
        return String.join(", ", parts);
    }

    /** What a due break waits for, in words: {@code microphone in use}. */
    public static String words(Interruption reason) {
        return switch (reason) {
            case MICROPHONE -> "microphone in use";
            case CAMERA -> "camera in use";
            case FULL_SCREEN -> "full-screen window";
            case DO_NOT_DISTURB -> "do not disturb";
        };
    }

    /** That a due break's reason is over, in words: {@code microphone free}. */
    public static String endedWords(Interruption reason) {
        return switch (reason) {
            case MICROPHONE -> "microphone free";
            case CAMERA -> "camera free";
            case FULL_SCREEN -> "full screen left";
            case DO_NOT_DISTURB -> "do not disturb off";
        };
    }

    /**
     * A wall time as people read it: local to {@code zone}, rounded to the nearest minute, and
     * only as long as needed: {@code 14:05} today, {@code tomorrow 08:00}, {@code Thu 09:30}
     * within the week ahead, {@code 2027-03-01 09:30} beyond. Never a raw instant.
     */
    public static String wallTime(Instant at, Instant now, ZoneId zone) {
        return time(at.atZone(zone), now.atZone(zone).toLocalDate());
    }

    private static String time(ZonedDateTime exact, LocalDate today) {
        ZonedDateTime t = exact.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
        LocalDate day = t.toLocalDate();
        return day.equals(today) ? HH_MM.format(t)
                : day.equals(today.plusDays(1)) ? "tomorrow " + HH_MM.format(t)
                : day.isAfter(today) && day.isBefore(today.plusDays(7)) ? DAY_HH_MM.format(t)
                : DATE_HH_MM.format(t);
    }
}
