package dev.unhunch.core.breaks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When the current pause ends. Timed pauses run on the engine's elapsed timeline (they keep
 * running through sleep and ignore clock changes); "until tomorrow" is a calendar rule on the
 * zoned wall clock, so it ends at the configured local hour whatever DST did overnight.
 */
final class Pause {

    private static final long NONE = Long.MIN_VALUE;

    private long untilT = NONE;
    private Instant untilWall;

    void start(PauseRequest request, long t, Instant wall, ZoneId zone, LocalTime at) {
        clear();
        if (request instanceof PauseRequest.For f) {
            untilT = t + f.duration().toNanos();
        } else if (request instanceof PauseRequest.UntilTomorrow) {
            untilWall = nextMorning(wall.atZone(zone), at).toInstant();
        }
    }

    /**
     * The next occurrence of {@code at} after {@code now}, skipping one less than an hour away
     * (so that "until tomorrow" at 07:30 with an 08:00 morning means tomorrow, while at 01:00
     * after a late night it means 08:00 the same date).
     */
    static ZonedDateTime nextMorning(ZonedDateTime now, LocalTime at) {
        ZonedDateTime candidate = now.toLocalDate().atTime(at).atZone(now.getZone());
        while (!candidate.isAfter(now.plusHours(1))) {
            candidate = candidate.toLocalDate().plusDays(1).atTime(at).atZone(now.getZone());
        }
        return candidate;
    }

    boolean over(long t, Instant wall) {
        if (untilT != NONE) {
            return t >= untilT;
        }
        return untilWall != null && !wall.isBefore(untilWall);
    }

    /** The wall time the pause ends, or null for an indefinite pause. */
    Instant until(long t, Instant wall) {
        if (untilT != NONE) {
            return wall.plusNanos(untilT - t);
        }
        return untilWall;
    }

    /** Time left, or null for an indefinite pause. */
    Duration remaining(long t, Instant wall) {
        if (untilT != NONE) {
            return Duration.ofNanos(Math.max(0, untilT - t));
        }
        return untilWall == null ? null : positive(Duration.between(wall, untilWall));
    }

    void clear() {
        untilT = NONE;
        untilWall = null;
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
