package dev.unhunch.core.breaks;

import java.time.Duration;

/**
 * Computes how long the heartbeat may sleep. Active time never accrues faster than elapsed time
 * and idle time grows one to one, so the nearest budget, natural-break point, daily limit or
 * pause end bounds the sleep; far from all of them the heartbeat sleeps {@link
 * BreakEngine#MAX_TICK}.
 */
final class TickAdvisor {

    private static final Duration FLOOR = Duration.ofMillis(100);

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
            }
        }
        return best.compareTo(FLOOR) < 0 ? FLOOR : best;
    }

    private static Duration min(Duration a, Duration b) {
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
