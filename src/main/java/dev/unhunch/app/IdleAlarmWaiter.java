package dev.unhunch.app;

import dev.unhunch.core.breaks.TickPlan;
import dev.unhunch.platform.idle.IdleAlarm;
import java.time.Duration;
import java.util.Objects;

/**
 * Sleeps until the idle alarm reports input or idleness, or the plan's deadline: an idle desktop
 * far from a break wakes the engine thread about twice a minute (ADR 0003). The alarm is X11's
 * SYNC alarm or, on GNOME's Wayland, Mutter's idle watches; it is the idle source the heartbeat
 * reads too, so both see one counter on one connection.
 */
final class IdleAlarmWaiter implements BeatWaiter {

    private final IdleAlarm alarm;
    private boolean endedEarlyLastTime;

    IdleAlarmWaiter(IdleAlarm alarm) {
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
        return alarm.describeWaits();
    }

    /** Nothing of its own to release: the alarm is the idle source, which the heartbeat closes. */
    @Override
    public void close() {
    }
}
