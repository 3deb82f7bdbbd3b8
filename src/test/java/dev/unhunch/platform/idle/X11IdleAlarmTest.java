package dev.unhunch.platform.idle;

import static dev.unhunch.testsupport.Later.later;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Tools;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** XSync IDLETIME alarms on the test X server: measured, not just asserted. */
@RequiresDisplay
class X11IdleAlarmTest {

    private X11IdleAlarm alarm;

    @BeforeEach
    void open() {
        alarm = X11IdleAlarm.open();
    }

    @AfterEach
    void close() {
        alarm.close();
    }

    private static void log(String message) {
        System.getLogger(X11IdleAlarmTest.class.getName()).log(System.Logger.Level.INFO, message);
    }

    @Test
    void idleCounterFollowsInput() throws InterruptedException {
        Tools.run("xdotool", "mousemove", "5", "5");
        Thread.sleep(300);
        assertThat(alarm.idleTime()).isBetween(Duration.ofMillis(250), Duration.ofMillis(1_500));
        Tools.run("xdotool", "key", "shift");
        assertThat(alarm.idleTime()).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void firesWhenIdleReachesTheThreshold() throws InterruptedException {
        Tools.run("xdotool", "mousemove", "7", "7");
        long start = System.nanoTime();
        boolean fired = alarm.awaitIdle(Duration.ofMillis(800), Duration.ofSeconds(3));
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        Duration idleAtWake = alarm.idleTime();
        log("XSync idle alarm for 800 ms fired after " + waitedMillis + " ms; idle then " + idleAtWake.toMillis() + " ms");
        assertThat(fired).isTrue();
        assertThat(idleAtWake).isBetween(Duration.ofMillis(800), Duration.ofMillis(1_300));
    }

    @Test
    void firesOnActivity() throws Exception {
        Tools.run("xdotool", "mousemove", "9", "9");
        Thread.sleep(200);
        CompletableFuture<Void> input = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Tools.run("xdotool", "key", "shift");
        });
        long start = System.nanoTime();
        boolean fired = alarm.awaitActivity(Duration.ofSeconds(3));
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        log("XSync activity alarm fired after " + waitedMillis + " ms (key sent at ~400 ms plus xdotool start-up)");
        input.get(5, TimeUnit.SECONDS);
        assertThat(fired).isTrue();
        assertThat(waitedMillis).isLessThan(2_500);
    }

    @Test
    void timesOutWithoutInputAndSleepsMeanwhile() throws Exception {
        Tools.run("xdotool", "mousemove", "11", "11");
        Thread.sleep(100);
        long switchesBefore = voluntarySwitchesOfThisThread();
        long start = System.nanoTime();
        assertThat(alarm.awaitActivity(Duration.ofMillis(1_500))).isFalse();
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        long switches = voluntarySwitchesOfThisThread() - switchesBefore;
        log("XSync wait of " + waitedMillis + " ms without input: " + switches + " voluntary context switches");
        assertThat(waitedMillis).isBetween(1_450L, 2_200L);
        assertThat(switches).isLessThan(10);
    }

    private static long voluntarySwitchesOfThisThread() throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/thread-self/status"))) {
            if (line.startsWith("voluntary_ctxt_switches:")) {
                return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return 0;
    }

    @Test
    void returnsAtOnceWhenAlreadyIdleLongEnough() throws InterruptedException {
        Tools.run("xdotool", "mousemove", "13", "13");
        Thread.sleep(300);
        long start = System.nanoTime();
        assertThat(alarm.awaitIdle(Duration.ofMillis(100), Duration.ofSeconds(3))).isTrue();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(200);
    }

    @Test
    void wakeUpFromAnotherThreadEndsTheWait() throws Exception {
        Tools.run("xdotool", "mousemove", "15", "15");
        CompletableFuture<Void> waker = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            alarm.wakeUp();
        });
        long start = System.nanoTime();
        assertThat(alarm.awaitIdle(Duration.ofMinutes(5), Duration.ofSeconds(10))).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(250L, 1_500L);
        waker.get(5, TimeUnit.SECONDS);
    }

    @Test
    void waitsAgainAfterAnAlarm() throws InterruptedException {
        Tools.run("xdotool", "mousemove", "17", "17");
        assertThat(alarm.awaitIdle(Duration.ofMillis(200), Duration.ofSeconds(3))).isTrue();
        Tools.run("xdotool", "mousemove", "19", "19");
        assertThat(alarm.awaitIdle(Duration.ofMillis(300), Duration.ofSeconds(3))).isTrue();
        assertThat(alarm.idleTime()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void itIsTheIdleSourceItsAlarmsWatch() {
        Tools.run("xdotool", "mousemove", "23", "23");
        assertThat(alarm.idleTime()).isLessThan(Duration.ofSeconds(2));
        assertThat(alarm.name()).startsWith("X11 SYNC IDLETIME on ");
        assertThat(alarm.seesKeyboard()).isTrue();
    }
}
