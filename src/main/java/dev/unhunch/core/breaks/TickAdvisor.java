package dev.unhunch.core.breaks;

import dev.unhunch.core.settings.ActivityThresholds;
import java.time.Duration;

/**
 * Computes how long the heartbeat may sleep ({@link TickPlan}). Active time never accrues faster
 * than elapsed time and idle time grows one to one, so the nearest budget, natural-break point, daily limit or
 * pause end bounds the sleep; far from all of them the heartbeat sleeps {@link
 * BreakEngine#MAX_TICK}. While counting, two limits keep the answers as exact as at one tick per
 * second: while the user is idle it ticks every {@link #IDLE_TICK} so that renewed input is dated
 * within that; while the user is active it ticks at least every {@code activity.idle} (10 s by
 * default) so that a pause in input longer than that is seen and not counted as activity.
 *
 * <p>A heartbeat that is woken by input and by idleness needs neither sampling limit: it is told
 * what to watch for instead (input while idle; the noise threshold while input is being
 * confirmed, with the deadline at the confirmation; the idle threshold while active).
 */
final class TickAdvisor {

    private static final Duration FLOOR = Duration.ofMillis(100);
    /** While the user is idle: renewed input is dated within this. */
    static final Duration IDLE_TICK = Duration.ofSeconds(2);
    private static final Duration CONFIRM_MARGIN = Duration.ofSeconds(1);

    private TickAdvisor() {
    }

    static TickPlan plan(BreakEngine e) {
        Duration deadline = BreakEngine.MAX_TICK;
        switch (e.stage()) {
            case NOTICE, BREAK -> {
                // the countdown ticks every second; input during it is dated by the event
                Duration showing = BreakEngine.SHOWING_TICK;
                boolean waitingForInput = e.idleNow() && !e.confirmingInput();
                return plan(showing, showing, waitingForInput ? TickPlan.Watch.INPUT : TickPlan.Watch.NOTHING,
                        Duration.ZERO);
            }
            case PAUSED -> deadline = min(deadline, e.pauseState().remaining(e.lastT(), e.lastWall()));
            case OUTSIDE_HOURS -> { }
            case COUNTING -> {
                deadline = countingDeadline(e);
                ActivityThresholds thresholds = e.settings().activity();
                // input that resumes is dated no better than the tick that sees it, and a pause
                // in input is only seen if a tick falls into it after the idle threshold
                Duration poll = min(deadline, e.idleNow() ? IDLE_TICK : thresholds.idle());
                if (!e.idleNow()) {
                    return plan(poll, deadline, TickPlan.Watch.IDLE, thresholds.idle());
                }
                if (e.confirmingInput()) {
                    // input was seen: a pause longer than the noise threshold cancels it, and
                    // input sustained for the active threshold makes the user active
                    // (a second after it, so that the last input seen by then is past it)
                    Duration confirm = thresholds.active().plus(CONFIRM_MARGIN);
                    return plan(poll, min(deadline, confirm), TickPlan.Watch.IDLE, thresholds.noise());
                }
                return plan(poll, deadline, TickPlan.Watch.INPUT, Duration.ZERO);
            }
        }
        return plan(deadline, deadline, TickPlan.Watch.NOTHING, Duration.ZERO);
    }

    private static Duration countingDeadline(BreakEngine e) {
        Duration best = BreakEngine.MAX_TICK;
        Duration notice = e.settings().noticeLength();
        // a due break that waits is decided on at its next question, not at its (past) budget
        Duration waiting = e.deferralSleep();
        if (waiting != null) {
            best = min(best, waiting);
        }
        for (BreakKind kind : BreakKind.values()) {
            BreakTimer timer = e.timer(kind);
            if (timer.enabled() && waiting == null) {
                best = min(best, timer.remaining().minus(notice));
            }
            if (timer.active().compareTo(Duration.ZERO) > 0 || timer.snoozes() > 0) {
                best = min(best, timer.length().minus(e.lastIdle()));
            }
        }
        return min(best, e.dailyLeft());
    }

    private static TickPlan plan(Duration poll, Duration deadline, TickPlan.Watch watch, Duration threshold) {
        return new TickPlan(floor(poll), floor(deadline), watch, threshold);
    }

    private static Duration floor(Duration d) {
        return d.compareTo(FLOOR) < 0 ? FLOOR : d;
    }

    private static Duration min(Duration a, Duration b) {
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
