package dev.unhunch.app;

import dev.unhunch.core.breaks.TickPlan;
import dev.unhunch.core.log.Log;
import dev.unhunch.platform.idle.X11IdleAlarm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sleeps until the X server's SYNC alarm reports input or idleness, or the plan's deadline: an
 * idle desktop far from a break wakes the engine thread about twice a minute (ADR 0003).
 *
 * <p>Its waits also {@linkplain #serve serve} descriptors on the engine thread, such as the
 * settings file's inotify watch, so they need no thread of their own.
 */
final class X11AlarmWaiter implements BeatWaiter {

    private static final Log LOG = Log.of(X11AlarmWaiter.class);

    /** Allowed disagreement between the two idle readings (different X requests, a round trip apart). */
    private static final Duration READING_SLACK = Duration.ofMillis(50);

    private final X11IdleAlarm alarm;
    private final List<Runnable> onLost = new ArrayList<>(); // guarded by itself
    private boolean ended; // guarded by onLost
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

    /**
     * Serves {@code fd} during the waits: {@code onReadable} runs on the engine thread when it is
     * readable (see {@link X11IdleAlarm#addReader}). Safe from any thread.
     *
     * @param onLost runs once if this waiter is {@linkplain #abandon abandoned} (on the engine
     *     thread, after the heartbeat has switched to polling), so its owner can watch otherwise;
     *     not on a plain {@link #close()}, which ends the app's engine
     * @return stops serving; close it before closing {@code fd}
     * @throws IllegalStateException when this waiter is closed or abandoned already
     */
    X11IdleAlarm.Reader serve(int fd, Runnable onReadable, Runnable onLost) {
        Objects.requireNonNull(onLost, "onLost");
        X11IdleAlarm.Reader reader;
        synchronized (this.onLost) {
            if (ended) {
                throw new IllegalStateException("the X11 alarm waiter has ended");
            }
            reader = alarm.addReader(fd, onReadable);
            this.onLost.add(onLost);
        }
        return () -> {
            synchronized (this.onLost) {
                this.onLost.remove(onLost);
            }
            reader.close();
        };
    }

    @Override
    public void close() {
        synchronized (onLost) {
            ended = true;
            onLost.clear();
        }
        alarm.close();
    }

    /** Closes the alarm and tells each descriptor served that it has lost its thread. */
    @Override
    public void abandon() {
        List<Runnable> lost;
        synchronized (onLost) {
            ended = true;
            lost = List.copyOf(onLost);
            onLost.clear();
        }
        try {
            alarm.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the failed X11 idle alarm failed", e);
        }
        for (Runnable callback : lost) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LOG.warn("Moving a watch off the engine thread failed", e);
            }
        }
    }
}
