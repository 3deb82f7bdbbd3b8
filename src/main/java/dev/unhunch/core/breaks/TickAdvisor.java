package dev.unhunch.core.breaks;

import java.time.Duration;

/**
 * Computes how long the heartbeat may sleep. Active time never accrues faster than elapsed time
 * and idle time grows one to one, so the nearest budget, natural-break point, daily limit or
 * pause end bounds the sleep; far from all of them the heartbeat sleeps {@link
 * BreakEngine#MAX_TICK}. While counting, two limits keep the answers as exact as at one tick per
 * second: while the user is idle it ticks every {@link #IDLE_TICK} so that renewed input is dated
 * within that; while the user is active it ticks at least every {@code activity.idle} (10 s by
 * default) so that a pause in input longer than that is seen and not counted as activity.
 */
final class TickAdvisor {

    private static final Duration FLOOR = Duration.ofMillis(100);
    /** While the user is idle: renewed input is dated within this. */
    static final Duration IDLE_TICK = Duration.ofSeconds(2);

    private TickAdvisor() {
    }

    static Duration suggest(BreakEngine e) {
        Duration best = BreakEngine.MAX_TICK;
        switch (e.stage()) {
            case NOTICE, BREAK -> best = BreakEngine.SHOWING_TICK;
            case PAUSED -> best = min(best, e.pauseState().remaining(e.lastT(), e.lastWall()));
            case OUTSIDE_HOURS -> { }
            case COUNTING -> {
                Duration notice = e.settings().noticeLength();
                for (BreakKind kind : BreakKind.values()) {
                    BreakTimer timer = e.timer(kind);
                    if (timer.enabled()) {
                        best = min(best, timer.remaining().minus(notice));
                    }
                    if (timer.active().compareTo(Duration.ZERO) > 0 || timer.snoozes() > 0) {
                        best = min(best, timer.length().minus(e.lastIdle()));
                    }
                }
                best = min(best, e.dailyLeft());
                // input that resumes is dated no better than the tick that sees it, and a pause
                // in input is only seen if a tick falls into it after the idle threshold
                best = min(best, e.idleNow() ? IDLE_TICK : e.settings().activity().idle());
            }
        }
        return best.compareTo(FLOOR) < 0 ? FLOOR : best;
    }

    private static Duration min(Duration a, Duration b) {
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
