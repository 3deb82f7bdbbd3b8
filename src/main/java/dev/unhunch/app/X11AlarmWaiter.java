package dev.unhunch.app;

import dev.unhunch.core.breaks.TickPlan;
import dev.unhunch.platform.idle.X11IdleAlarm;
import java.time.Duration;
import java.util.Objects;

/**
 * Sleeps until the X server's SYNC alarm reports input or idleness, or the plan's deadline: an
 * idle desktop far from a break wakes the engine thread about twice a minute (ADR 0003).
 */
final class X11AlarmWaiter implements BeatWaiter {

    /** Allowed disagreement between the two idle readings (different X requests, a round trip apart). */
    private static final Duration READING_SLACK = Duration.ofMillis(50);

    private final X11IdleAlarm alarm;
    private boolean endedEarlyLastTime;

    X11AlarmWaiter(X11IdleAlarm alarm) {
        this.alarm = Objects.requireNonNull(alarm, "alarm");
    }

    @Override
    public Wake await(TickPlan plan, Duration idleAtBeat) throws InterruptedException {
        return switch (plan.watch()) {
            case NOTHING -> {
                alarm.sleep(plan.deadline());
                yield Wake.TIMEOUT;
            }
            case IDLE -> alarm.awaitIdle(plan.idleThreshold(), plan.deadline()) ? Wake.IDLE : Wake.TIMEOUT;
            case INPUT -> {
                // the alarm only fires on the next reset of the idle counter: input between the
                // beat's reading and arming it would otherwise wait for the deadline. Never twice
                // in a row, so that two readings that disagree for good cannot make a busy loop.
                boolean inputSinceBeat = alarm.idleTime().plus(READING_SLACK).compareTo(idleAtBeat) < 0;
                if (inputSinceBeat && !endedEarlyLastTime) {
                    endedEarlyLastTime = true;
                    yield Wake.TIMEOUT;
                }
                endedEarlyLastTime = false;
                yield alarm.awaitActivity(plan.deadline()) ? Wake.INPUT : Wake.TIMEOUT;
            }
        };
    }

    @Override
    public void wakeUp() {
        alarm.wakeUp();
    }

    @Override
    public String describe() {
        return "waits for X11 SYNC idle alarms (input, idleness) or the next due time";
    }

    @Override
    public void close() {
        alarm.close();
    }
}
