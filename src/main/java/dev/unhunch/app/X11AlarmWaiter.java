package dev.unhunch.app;

import dev.unhunch.core.breaks.TickPlan;
import dev.unhunch.platform.idle.X11IdleAlarm;
import java.time.Duration;
import java.util.Objects;

/**
 * Sleeps until the X server's SYNC alarm reports input or idleness, or the plan's deadline: an
 * idle desktop far from a break wakes the engine thread about twice a minute (ADR 0003). The
 * alarm is the idle source the heartbeat reads too, so both see one counter on one connection.
 */
final class X11AlarmWaiter implements BeatWaiter {

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
                // The alarm only fires on the next reset of the idle counter: input between the
                // beat's reading and arming it would otherwise wait for the deadline. Never twice
                // in a row, so that steady typing cannot turn this into a busy loop.
                boolean inputSinceBeat = alarm.idleTime().compareTo(idleAtBeat) < 0;
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

    /** Nothing of its own to release: the alarm is the idle source, which the heartbeat closes. */
    @Override
    public void close() {
    }
}
