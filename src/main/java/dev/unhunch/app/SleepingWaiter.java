package dev.unhunch.app;

import dev.unhunch.core.breaks.TickPlan;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Waits the plan's polling interval: for idle sources that cannot wake the engine thread. */
final class SleepingWaiter implements BeatWaiter {

    private final Semaphore wakeUps = new Semaphore(0);

    @Override
    public Wake await(TickPlan plan, Duration idleAtBeat) throws InterruptedException {
        boolean woken = wakeUps.tryAcquire(plan.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
        // several wake-ups during one beat need only one more beat
        wakeUps.drainPermits();
        return woken ? Wake.WOKEN : Wake.TIMEOUT;
    }

    @Override
    public void wakeUp() {
        wakeUps.release();
    }

    @Override
    public String describe() {
        return "polls the idle time (every 2 s while idle, every 10 s while active)";
    }

    @Override
    public void close() {
    }
}
