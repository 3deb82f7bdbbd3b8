package dev.unhunch.ui.tray;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.DeferralState;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.time.DurationText;
import dev.unhunch.ui.i18n.Texts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The tray's status line in the language in use, e.g. "Micro break in 12:30, long break in
 * 41:10" or "Paused until 14:00". The command line keeps the core's English
 * {@link dev.unhunch.core.breaks.StatusText}; this says the same for a person at the desktop.
 */
public final class StatusLine {

    private StatusLine() {
    }

    /** The line, starting with a capital letter, with wall times shown in {@code zone}. */
    public static String format(EngineSnapshot s, ZoneId zone) {
        String line = switch (s.stage()) {
            case PAUSED -> s.pausedUntil() == null ? Texts.text("status.paused")
                    : Texts.text("status.pausedUntil", time(s.pausedUntil().atZone(zone), s.at().atZone(zone).toLocalDate()));
            case OUTSIDE_HOURS -> Texts.text("status.outsideHours");
            // a gentle offer has no countdown: the notice's own words for it
            case NOTICE -> s.offeredGently()
                    ? Texts.text("status.join", Texts.text(s.currentKind() == BreakKind.LONG ? "kind.long" : "kind.micro"),
                            Texts.text("notice.gently"))
                    : Texts.text(s.currentKind() == BreakKind.LONG ? "status.longIn" : "status.microIn",
                            DurationText.clock(s.timeLeft()));
            case BREAK -> Texts.text(s.currentKind() == BreakKind.LONG ? "status.longLeft" : "status.microLeft",
                    DurationText.clock(s.timeLeft()));
            case COUNTING -> counting(s);
        };
        return capitalize(line);
    }

    private static String counting(EngineSnapshot s) {
        List<String> parts = new ArrayList<>();
        DeferralState deferred = s.deferred();
        if (deferred != null) {
            String id = deferred.reason().id();
            parts.add(deferred.grace() ? Texts.text("status.deferredGrace", Texts.text("defer.ended." + id))
                    : Texts.text("status.deferred", Texts.text("defer.reason." + id), DurationText.clock(deferred.since())));
        } else if (s.untilMicro() != null) {
            parts.add(Texts.text("status.microIn", DurationText.clock(s.untilMicro())));
        }
        if (s.untilLong() != null && deferred == null) {
            parts.add(Texts.text("status.longIn", DurationText.clock(s.untilLong())));
        }
        if (parts.isEmpty()) {
            parts.add(Texts.text("status.breaksOff"));
        }
        if (s.dailyLimitReached()) {
            parts.add(Texts.text("status.dailyLimit"));
        }
        String line = parts.get(0);
        for (String part : parts.subList(1, parts.size())) {
            line = Texts.text("status.join", line, part);
        }
        return line;
    }

    /** Local, to the nearest minute, as short as it can be: 14:05, tomorrow 08:00, Thu 09:30, then the date. */
    static String time(ZonedDateTime exact, LocalDate today) {
        ZonedDateTime t = exact.plusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm", Texts.locale());
        LocalDate day = t.toLocalDate();
        if (day.equals(today)) {
            return hhmm.format(t);
        }
        if (day.equals(today.plusDays(1))) {
            return Texts.text("status.tomorrow", hhmm.format(t));
        }
        if (day.isAfter(today) && day.isBefore(today.plusDays(7))) {
            return DateTimeFormatter.ofPattern("EEE HH:mm", Texts.locale()).format(t);
        }
        return DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(Texts.locale()).format(t)
                + " " + hhmm.format(t);
    }

    /** The sentence with its first letter in upper case. */
    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
