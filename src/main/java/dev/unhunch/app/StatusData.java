package dev.unhunch.app;

import dev.unhunch.core.breaks.BreakTime;
import dev.unhunch.core.breaks.EngineSnapshot;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's snapshot as the {@code data} of {@code unhunch status --json}. Keys are part of the
 * documented shape (docs/cli.md); a key whose value does not apply is left out rather than null.
 */
final class StatusData {

    private StatusData() {
    }

    static Map<String, Object> of(EngineSnapshot s, ZoneId zone) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("stage", word(s.stage()));
        if (s.currentKind() != null) {
            data.put("currentKind", word(s.currentKind()));
            data.put("timeLeftSeconds", seconds(s.timeLeft()));
        }
        BreakTime time = s.breakTime();
        if (time != null) {
            Map<String, Object> clock = new LinkedHashMap<>();
            clock.put("lengthMillis", time.length().toMillis());
            clock.put("elapsedMillis", time.elapsed().toMillis());
            clock.put("leftMillis", time.left().toMillis());
            clock.put("routineEndsAtMillis", time.routineEndsAt().toMillis());
            clock.put("heldForMillis", time.heldFor().toMillis());
            clock.put("holding", time.holding());
            clock.put("plainRest", time.plainRest());
            clock.put("onDemand", time.onDemand());
            data.put("break", clock);
        }
        if (s.deferred() != null) {
            Map<String, Object> deferred = new LinkedHashMap<>();
            deferred.put("reason", s.deferred().reason().id());
            deferred.put("sinceSeconds", s.deferred().since().toSeconds());
            deferred.put("grace", s.deferred().grace());
            data.put("deferred", deferred);
        }
        if (s.untilMicro() != null) {
            data.put("microBreakInSeconds", seconds(s.untilMicro()));
        }
        if (s.untilLong() != null) {
            data.put("longBreakInSeconds", seconds(s.untilLong()));
        }
        data.put("snoozesUsed", s.snoozesUsed());
        data.put("maxSnoozes", s.maxSnoozes());
        data.put("strict", s.strict());
        data.put("paused", s.paused());
        if (s.pausedUntil() != null) {
            data.put("pausedUntil", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.pausedUntil().atZone(zone)));
        }
        data.put("withinWorkingHours", s.withinWorkingHours());
        if (s.activity() != null) {
            data.put("activity", word(s.activity()));
        }
        data.put("activeTodaySeconds", seconds(s.activeToday()));
        data.put("dailyLimitReached", s.dailyLimitReached());
        return data;
    }

    /** Whole seconds, rounded up so that "due in 0 s" means due now. */
    private static long seconds(Duration d) {
        if (d == null || d.isNegative()) {
            return 0;
        }
        return d.plusNanos(999_999_999L).getSeconds();
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
