package dev.unhunch.platform.idle;

import static dev.unhunch.testsupport.Later.later;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.NativeLong;
import dev.unhunch.platform.PosixNative;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Tools;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
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
    void aReaderIsServedOnTheWaitingThreadAndTheWaitGoesOn() throws Exception {
        PosixNative.LibC libc = PosixNative.libc();
        int[] pipe = pipe(libc);
        try {
            BlockingQueue<String> servedOn = new LinkedBlockingQueue<>();
            X11IdleAlarm.Reader reader = alarm.addReader(pipe[0], () -> {
                drain(libc, pipe[0]);
                servedOn.add(Thread.currentThread().getName());
            });
            CompletableFuture<Void> writer = later(300, () -> write(libc, pipe[1]));
            long start = System.nanoTime();
            alarm.sleep(Duration.ofMillis(1_500));
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            writer.get(5, TimeUnit.SECONDS);
            assertThat(servedOn).containsExactly(Thread.currentThread().getName());
            assertThat(waitedMillis).as("the reader did not end the wait").isGreaterThanOrEqualTo(1_450L);
            reader.close();
        } finally {
            libc.close(pipe[0]);
            libc.close(pipe[1]);
        }
    }

    @Test
    void aReaderAddedDuringAWaitIsServedInItAndAFailingHandlerDoesNotEndIt() throws Exception {
        Tools.run("xdotool", "mousemove", "21", "21");
        PosixNative.LibC libc = PosixNative.libc();
        int[] pipe = pipe(libc);
        try {
            BlockingQueue<String> served = new LinkedBlockingQueue<>();
            CompletableFuture<X11IdleAlarm.Reader> added = new CompletableFuture<>();
            CompletableFuture<Void> helper = later(300, () -> {
                added.complete(alarm.addReader(pipe[0], () -> {
                    drain(libc, pipe[0]);
                    served.add("served");
                    throw new IllegalStateException("a failing handler (expected in this test)");
                }));
                write(libc, pipe[1]);
            });
            long start = System.nanoTime();
            assertThat(alarm.awaitIdle(Duration.ofMinutes(5), Duration.ofMillis(1_500))).isFalse();
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            helper.get(5, TimeUnit.SECONDS);
            assertThat(served).containsExactly("served");
            assertThat(waitedMillis).isGreaterThanOrEqualTo(1_450L);

            // removed: data on the pipe is no longer its business (and does not make the wait spin)
            added.get().close();
            write(libc, pipe[1]);
            long switchesBefore = voluntarySwitchesOfThisThread();
            alarm.sleep(Duration.ofMillis(500));
            assertThat(served).hasSize(1);
            assertThat(voluntarySwitchesOfThisThread() - switchesBefore).isLessThan(10);
        } finally {
            libc.close(pipe[0]);
            libc.close(pipe[1]);
        }
    }

    @Test
    void aReaderThatWakesTheAlarmEndsTheWait() throws Exception {
        PosixNative.LibC libc = PosixNative.libc();
        int[] pipe = pipe(libc);
        try {
            alarm.addReader(pipe[0], () -> {
                drain(libc, pipe[0]);
                alarm.wakeUp();
            });
            CompletableFuture<Void> writer = later(300, () -> write(libc, pipe[1]));
            long start = System.nanoTime();
            alarm.sleep(Duration.ofSeconds(10));
            writer.get(5, TimeUnit.SECONDS);
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(250L, 2_000L);
        } finally {
            alarm.close(); // drops the reader before its descriptor goes
            libc.close(pipe[0]);
            libc.close(pipe[1]);
        }
        assertThatThrownBy(() -> alarm.addReader(0, () -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    private static int[] pipe(PosixNative.LibC libc) {
        int[] fds = new int[2];
        assertThat(libc.pipe(fds)).isZero();
        libc.fcntl(fds[0], PosixNative.F_SETFL, PosixNative.O_NONBLOCK);
        return fds;
    }

    private static void write(PosixNative.LibC libc, int fd) {
        libc.write(fd, new byte[] {42}, new NativeLong(1));
    }

    private static void drain(PosixNative.LibC libc, int fd) {
        byte[] buffer = new byte[16];
        while (libc.read(fd, buffer, new NativeLong(buffer.length)).longValue() > 0) {
            // empty it: a readable pipe left as it is would end every poll at once
        }
    }

}
