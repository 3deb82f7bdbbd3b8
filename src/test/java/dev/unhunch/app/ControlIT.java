package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.platform.ipc.IpcClient;
import dev.unhunch.platform.ipc.IpcCodec;
import dev.unhunch.platform.ipc.IpcReply;
import dev.unhunch.platform.ipc.IpcRequest;
import dev.unhunch.platform.ipc.IpcServerFuzz;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Tools;
import dev.unhunch.testsupport.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app as a process, controlled by the real CLI as second processes: outputs, exit codes,
 * the single instance, quitting, stale-lock takeover and hostile input on the socket.
 */
@RequiresDisplay
class ControlIT {

    /**
     * A session of commands against a fresh engine (default settings, no input on the test
     * display): each step's exit code and a fragment of what it prints (stdout when 0, stderr else).
     */
    private static final List<Step> SESSION = List.of(
            new Step(1, "no break to snooze", "snooze"),
            new Step(1, "no break to skip", "skip"),
            new Step(1, "breaks are not paused", "resume"),
            new Step(0, "Breaks paused until", "pause", "30m"),
            new Step(1, "breaks are paused; resume first", "break"),
            new Step(0, "Breaks resumed", "resume"),
            new Step(0, "Breaks paused until", "pause", "until-tomorrow"),
            new Step(0, "Breaks resumed", "resume"),
            new Step(0, "Breaks paused indefinitely", "pause"),
            new Step(0, "Breaks resumed", "resume"),
            new Step(0, "Long break started", "break", "long"),
            new Step(1, "a long break is already running", "stretch"),
            new Step(0, "Long break snoozed for 10m (1 of 3)", "snooze", "10m"),
            new Step(0, "Micro break started", "stretch"),
            new Step(0, "Micro break skipped", "skip"),
            new Step(0, "Opened the preferences", "settings"),
            // the long break and the stretch were asked for: extras, whatever became of them
            new Step(0, "Today: 0 offered, 0 taken, 0 ended early, 0 worked through, 0 natural, 0 snoozed,"
                    + " 0 skipped, 2 extra", "stats"));

    /** One command of {@link #SESSION}. */
    record Step(int exit, String says, String... command) {
    }

    @TempDir
    Path home;

    private AppProcesses apps;

    @BeforeEach
    void setUp() throws Exception {
        apps = new AppProcesses(home);
    }

    @AfterEach
    void tearDown() throws Exception {
        apps.close();
    }

    @Test
    void commandsAgainstTheRunningApp() throws Exception {
        Process app = apps.startApp();
        apps.awaitReady(app);

        AppProcesses.Result status = apps.cli("status");
        assertThat(status.exit()).as(status.toString()).isZero();
        assertThat(status.out()).contains("is running (PID " + app.pid());

        AppProcesses.Result json = apps.cli("status", "--json");
        assertThat(json.exit()).as(json.toString()).isZero();
        IpcReply reply = IpcCodec.decodeReply(json.out().strip());
        assertThat(reply.ok()).isTrue();
        assertThat(reply.data()).containsEntry("running", true).containsEntry("pid", (int) app.pid())
                .containsKeys("version", "uptimeSeconds", "tray");

        assertThat(reply.data()).containsEntry("stage", "counting").containsEntry("paused", false)
                .containsKeys("microBreakInSeconds", "longBreakInSeconds", "snoozesUsed", "activity");
        for (Step step : SESSION) {
            AppProcesses.Result r = apps.cli(step.command());
            assertThat(r.exit()).as(String.join(" ", step.command()) + ": " + r).isEqualTo(step.exit());
            assertThat(step.exit() == 0 ? r.out() : r.err()).as(String.join(" ", step.command())).contains(step.says());
            if (step.command()[0].equals("pause") && step.exit() == 0) {
                IpcReply paused = IpcCodec.decodeReply(apps.cli("status", "--json").out().strip());
                assertThat(paused.data()).as("status while paused").containsEntry("stage", "paused").containsEntry("paused", true);
                assertThat(paused.data().containsKey("pausedUntil")).isEqualTo(step.command().length > 1);
            }
        }
        IpcReply after = IpcCodec.decodeReply(apps.cli("status", "--json").out().strip());
        assertThat(after.data()).as("status after the session").containsEntry("stage", "counting")
                .containsEntry("paused", false);

        AppProcesses.Result usage = apps.cli("snooze", "10x");
        assertThat(usage.exit()).as(usage.toString()).isEqualTo(2);

        AppProcesses.Result diagnose = apps.cli("--diagnose");
        assertThat(diagnose.exit()).as(diagnose.toString()).isZero();
        assertThat(diagnose.out()).contains("running:", "true", "sessionType:", "x11", "tray:", "status window",
                "idleSource:", "X11 SYNC IDLETIME", "idleTimeMillis:");

        AppProcesses.Result second = apps.cli();
        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(second.out()).contains("already running");
        assertThat(app.isAlive()).isTrue();
        assertThat(apps.cli("status").out()).contains("PID " + app.pid());

        assertUserOnly(apps.runtimeDir(), apps.socket());
        fuzz(apps.socket());
        assertThat(app.isAlive()).as("alive after the fuzz").isTrue();
        assertThat(apps.cli("status").exit()).as("answers after the fuzz").isZero();

        printCliLatency();

        long start = System.nanoTime();
        IpcReply quit = new IpcClient(apps.socket(), Duration.ofSeconds(5)).send(IpcRequest.of("quit"));
        assertThat(quit.ok()).isTrue();
        boolean exited = app.waitFor(5, TimeUnit.SECONDS);
        long quitMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("quit over IPC: the app process ended " + quitMs + " ms after the request was sent");
        assertThat(exited).as(apps.logs()).isTrue();
        assertThat(app.exitValue()).isZero();
        assertThat(quitMs).as("quit must end the app within 1 s").isLessThan(1000);

        assertThat(apps.socket()).as("the socket is removed on quit").doesNotExist();
        AppProcesses.Result gone = apps.cli("status");
        assertThat(gone.exit()).as(gone.toString()).isEqualTo(4);
        assertThat(gone.err()).contains("not running");
    }

    @Test
    void aSecondStartShowsTheFirstInstancesWindow() throws Exception {
        Tools.require("xdotool", "xdotool"); // the window is looked for from outside the app
        Process app = apps.startApp();
        apps.awaitReady(app);
        assertThat(aboutWindowShown(app)).as("no About window before the second start").isFalse();

        AppProcesses.Result second = apps.cli();
        assertThat(second.exit()).as(second.toString()).isZero();
        Waits.until("the first instance's About window", 10_000, () -> aboutWindowShown(app));

        assertThat(apps.cli("quit").exit()).isZero();
        assertThat(app.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aStaleLockAfterKill9IsTakenOver() throws Exception {
        Process crashed = apps.startApp();
        apps.awaitReady(crashed);
        crashed.destroyForcibly();
        assertThat(crashed.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(apps.socket()).as("kill -9 leaves the socket behind").exists();

        AppProcesses.Result stale = apps.cli("status");
        assertThat(stale.exit()).as("a stale socket means not running: " + stale).isEqualTo(4);

        Process next = apps.startApp();
        AppProcesses.Result status = apps.awaitReady(next);
        assertThat(status.out()).contains("PID " + next.pid());
        assertThat(apps.logs()).contains("Took over from an instance that did not exit cleanly (PID " + crashed.pid());

        AppProcesses.Result quit = apps.cli("quit");
        assertThat(quit.exit()).as(quit.toString()).isZero();
        assertThat(quit.out()).contains("Quitting");
        assertThat(next.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void twoStartsAtOnceLeaveOneRunning() throws Exception {
        Process a = apps.startApp();
        Process b = apps.startApp();
        boolean oneExited = Waits.within(60_000, () -> !a.isAlive() || !b.isAlive());
        assertThat(oneExited).as(() -> "one of two simultaneous starts must hand over and exit\n" + apps.logs()).isTrue();
        Process loser = a.isAlive() ? b : a;
        Process winner = a.isAlive() ? a : b;
        assertThat(loser.exitValue()).as(apps.logs()).isZero();
        assertThat(apps.awaitReady(winner).out()).contains("PID " + winner.pid());
        assertThat(apps.cli("quit").exit()).isZero();
        assertThat(winner.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }

    /** Whether the app process shows its About window, seen from outside with xdotool. */
    private static boolean aboutWindowShown(Process app) {
        try {
            Tools.run("xdotool", "search", "--all", "--pid", Long.toString(app.pid()), "--name", "About Unhunch");
            return true;
        } catch (IllegalStateException notFound) { // xdotool search exits 1 when nothing matches
            return false;
        }
    }

    private static void assertUserOnly(Path dir, Path socket) throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
    }

    /** Bounded hostile input against the real process: random bytes, oversized and malformed lines. */
    private static void fuzz(Path socket) throws Exception {
        Random random = new Random(11);
        IpcClient client = new IpcClient(socket, Duration.ofSeconds(5));
        long start = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            byte[] message = IpcServerFuzz.message(random, i);
            IpcServerFuzz.send(socket, message);
        }
        assertThat(client.send(IpcRequest.of("status")).ok()).isTrue();
        System.out.println("fuzz against the app process: 40 messages in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private void printCliLatency() throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AppProcesses.Result r = apps.cli("status");
            assertThat(r.exit()).isZero();
            times.add(r.millis());
        }
        Collections.sort(times);
        System.out.println("CLI round trip (java -jar unhunch.jar status, process start to exit): median "
                + times.get(2) + " ms, all " + times);
    }
}
