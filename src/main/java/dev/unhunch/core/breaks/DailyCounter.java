package dev.unhunch.core.breaks;

import java.time.Duration;
import java.time.LocalDate;

/** Active time per local calendar day and whether today's limit was already announced. */
final class DailyCounter {

    private LocalDate day;
    private Duration active = Duration.ZERO;
    private boolean announced;

    /** Moves to {@code today}, starting afresh when the date changed. */
    void rollTo(LocalDate today) {
        if (!today.equals(day)) {
            day = today;
            active = Duration.ZERO;
            announced = false;
        }
    }

    void add(Duration delta) {
        active = active.plus(delta);
    }

    Duration active() {
        return active;
    }

    /** True once per day, the first time the limit is reached. */
    boolean reachedNow(boolean enabled, Duration limit) {
        if (enabled && !announced && active.compareTo(limit) >= 0) {
            announced = true;
            return true;
        }
        return false;
    }

    boolean announced() {
        return announced;
    }
}
