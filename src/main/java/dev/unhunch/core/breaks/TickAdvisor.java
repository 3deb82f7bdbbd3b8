package dev.unhunch.core.breaks;

import dev.unhunch.core.activity.ActivityMonitor;
import dev.unhunch.core.activity.ActivityState;
import dev.unhunch.core.settings.ActivityThresholds;
import dev.unhunch.core.settings.Settings;
import java.time.Duration;
import java.time.Instant;

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

    private final ActivityMonitor monitor;
    private final Budgets budgets;
    private final Pause pause;
    private final Deferral deferral;
    private final DailyCounter daily;

    /** Reads, never changes, the engine's parts that bound the sleep. */
    TickAdvisor(ActivityMonitor monitor, Budgets budgets, Pause pause, Deferral deferral, DailyCounter daily) {
        this.monitor = monitor;
        this.budgets = budgets;
        this.pause = pause;
        this.deferral = deferral;
        this.daily = daily;
    }

    /**
     * The plan after the engine's last tick.
     *
     * @param t the last tick on the engine's timeline
     * @param wall the wall time of the last tick
     * @param idle the idle reading of the last tick
     */
    TickPlan plan(BreakStage stage, Settings settings, long t, Instant wall, Duration idle) {
        boolean idleNow = monitor.state() == ActivityState.IDLE;
        Duration deadline = BreakEngine.MAX_TICK;
        switch (stage) {
            case NOTICE, BREAK -> {
                // the countdown ticks every second; input during it is dated by the event
                Duration showing = BreakEngine.SHOWING_TICK;
                boolean waitingForInput = idleNow && !monitor.confirmingInput();
                return plan(showing, showing, waitingForInput ? TickPlan.Watch.INPUT : TickPlan.Watch.NOTHING,
                        Duration.ZERO);
            }
            case PAUSED -> deadline = min(deadline, pause.remaining(t, wall));
            case OUTSIDE_HOURS -> { }
            case COUNTING -> {
                deadline = countingDeadline(settings, t, idle);
                ActivityThresholds thresholds = settings.activity();
                // input that resumes is dated no better than the tick that sees it, and a pause
                // in input is only seen if a tick falls into it after the idle threshold
                Duration poll = min(deadline, idleNow ? IDLE_TICK : thresholds.idle());
                if (!idleNow) {
                    return plan(poll, deadline, TickPlan.Watch.IDLE, thresholds.idle());
                }
                if (monitor.confirmingInput()) {
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

    private Duration countingDeadline(Settings settings, long t, Duration idle) {
        Duration best = BreakEngine.MAX_TICK;
        Duration notice = settings.noticeLength();
        // a due break that waits is decided on at its next question, not at its (past) budget
        Duration waiting = deferral.sleepWhileDue(t);
        if (waiting != null) {
            best = min(best, waiting);
        }
        for (BreakKind kind : BreakKind.values()) {
            BreakTimer timer = budgets.timer(kind);
            if (timer.enabled() && waiting == null) {
                best = min(best, timer.remaining().minus(notice));
            }
            if (timer.active().compareTo(Duration.ZERO) > 0 || timer.snoozes() > 0) {
                best = min(best, timer.length().minus(idle));
            }
        }
        return min(best, dailyLeft(settings));
    }

    /** Active time left until today's limit is announced; null when there is none to announce. */
    private Duration dailyLeft(Settings settings) {
        if (!settings.dailyLimitEnabled() || daily.announced()) {
            return null;
        }
        Duration left = settings.dailyLimit().minus(daily.active());
        return left.isNegative() ? Duration.ZERO : left;
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
