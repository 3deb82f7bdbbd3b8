package dev.unhunch.core.breaks;

import dev.unhunch.core.settings.WorkingHours;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The local date-time of the wall clock and the working-hours answer, recomputed only when the
 * wall clock enters another minute (working hours and zone offsets change on whole minutes), so
 * that a tick costs no time-zone arithmetic most of the time.
 */
final class CalendarCache {

    private long minute = Long.MIN_VALUE;
    private ZoneId zone;
    private ZonedDateTime local;
    private WorkingHours hours;
    private boolean within;

    /** The local time of {@code wall}; exact to the minute, with the seconds of the first call. */
    ZonedDateTime at(Instant wall, ZoneId zoneId) {
        long m = Math.floorDiv(wall.getEpochSecond(), 60);
        if (m != minute || !zoneId.equals(zone)) {
            minute = m;
            zone = zoneId;
            local = wall.atZone(zoneId);
            hours = null;
        }
        return local;
    }

    /** Whether the last {@link #at} time lies within {@code workingHours}. */
    boolean withinHours(WorkingHours workingHours) {
        if (hours != workingHours) {
            hours = workingHours;
            within = workingHours.contains(local);
        }
        return within;
    }

    void invalidate() {
        minute = Long.MIN_VALUE;
        hours = null;
    }
}
