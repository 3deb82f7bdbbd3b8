package dev.unhunch.app;

import static dev.unhunch.testsupport.Later.later;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.TickPlan;
import dev.unhunch.platform.idle.X11IdleAlarm;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Tools;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event-driven wait on the test X server, with input from xdotool. */
@RequiresDisplay
class IdleAlarmWaiterTest {

    private static final Duration LONG = Duration.ofSeconds(10);

    private X11IdleAlarm alarm;
    private IdleAlarmWaiter waiter;

    @BeforeEach
    void open() {
        alarm = X11IdleAlarm.open();
        waiter = new IdleAlarmWaiter(alarm);
    }

    @AfterEach
    void close() {
        alarm.close();
    }

    @Test
    void anIdleUserIsWokenByTheFirstInput() throws Exception {
        Tools.run("xdotool", "mousemove", "20", "20");
        Thread.sleep(200);
        CompletableFuture<Void> key = later(300, () -> Tools.run("xdotool", "key", "shift"));
        long start = System.nanoTime();
        BeatWaiter.Wake wake = waiter.await(plan(TickPlan.Watch.INPUT, LONG, Duration.ZERO), Duration.ofMillis(150));
        long waited = millisSince(start);
        key.get(5, TimeUnit.SECONDS);
        assertThat(wake).isEqualTo(BeatWaiter.Wake.INPUT);
        assertThat(waited).isBetween(250L, 3_000L);
    }

    @Test
    void inputBetweenTheBeatAndTheWaitEndsItAtOnce() throws Exception {
        Tools.run("xdotool", "key", "shift");
        long start = System.nanoTime();
        // the beat read 5 s of idleness; the key since then reset the counter
        BeatWaiter.Wake wake = waiter.await(plan(TickPlan.Watch.INPUT, LONG, Duration.ZERO), Duration.ofSeconds(5));
        assertThat(wake).isEqualTo(BeatWaiter.Wake.TIMEOUT);
        assertThat(millisSince(start)).isLessThan(1_000L);
    }

    @Test
    void inputSinceTheBeatCannotEndTwoWaitsInARow() throws Exception {
        Tools.run("xdotool", "mousemove", "25", "25");
        Duration claimed = Duration.ofHours(1); // as if the beat had read an hour of idleness
        assertThat(waiter.await(plan(TickPlan.Watch.INPUT, LONG, Duration.ZERO), claimed))
                .isEqualTo(BeatWaiter.Wake.TIMEOUT);
        long start = System.nanoTime();
        assertThat(waiter.await(plan(TickPlan.Watch.INPUT, Duration.ofMillis(600), Duration.ZERO), claimed))
                .isEqualTo(BeatWaiter.Wake.TIMEOUT);
        assertThat(millisSince(start)).isGreaterThanOrEqualTo(550L);
    }

    @Test
    void anActiveUserIsWokenWhenIdleReachesTheThreshold() throws Exception {
        Tools.run("xdotool", "mousemove", "30", "30");
        long start = System.nanoTime();
        BeatWaiter.Wake wake = waiter.await(plan(TickPlan.Watch.IDLE, LONG, Duration.ofMillis(700)), Duration.ZERO);
        assertThat(wake).isEqualTo(BeatWaiter.Wake.IDLE);
        assertThat(millisSince(start)).isBetween(500L, 3_000L);
    }

    @Test
    void watchingNothingIgnoresInputUntilTheDeadline() throws Exception {
        // arm an input alarm first and let it time out, as after a wait for input ended by a command
        waiter.await(plan(TickPlan.Watch.INPUT, Duration.ofMillis(100), Duration.ZERO), Duration.ZERO);
        CompletableFuture<Void> key = later(100, () -> Tools.run("xdotool", "key", "shift"));
        long start = System.nanoTime();
        BeatWaiter.Wake wake = waiter.await(plan(TickPlan.Watch.NOTHING, Duration.ofMillis(1_200), Duration.ZERO),
                Duration.ZERO);
        key.get(5, TimeUnit.SECONDS);
        assertThat(wake).isEqualTo(BeatWaiter.Wake.TIMEOUT);
        assertThat(millisSince(start)).isGreaterThanOrEqualTo(1_150L);
    }

    @Test
    void aWakeUpFromAnotherThreadEndsALongWait() throws Exception {
        Tools.run("xdotool", "mousemove", "40", "40");
        CompletableFuture<Void> wake = later(200, waiter::wakeUp);
        long start = System.nanoTime();
        waiter.await(plan(TickPlan.Watch.INPUT, LONG, Duration.ZERO), Duration.ZERO);
        wake.get(5, TimeUnit.SECONDS);
        assertThat(millisSince(start)).isLessThan(3_000L);
    }

    private static TickPlan plan(TickPlan.Watch watch, Duration deadline, Duration threshold) {
        return new TickPlan(Duration.ofSeconds(2), deadline, watch, threshold);
    }


    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
