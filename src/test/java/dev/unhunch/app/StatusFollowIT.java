package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.platform.ipc.IpcCodec;
import dev.unhunch.platform.ipc.IpcReply;
import dev.unhunch.testsupport.RequiresDisplay;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unhunch status --follow} against the real app, both as processes on the real socket:
 * followers see a pause and a resume as lines and the app quitting, and while six of them are
 * connected (more than the server's four client threads) the app still answers other commands.
 */
@RequiresDisplay
class StatusFollowIT {

    private static final int FOLLOWERS = 6;

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

    /** A follower process and the lines it has printed so far. */
    private record Follower(Process process, BlockingQueue<String> lines) {
        String next() throws InterruptedException {
            String line = lines.poll(20, TimeUnit.SECONDS);
            assertThat(line).as("a line from the follower within 20 s").isNotNull();
            return line;
        }

        /** The next line that contains {@code text}; lines before it (a minute passing) are skipped. */
        String nextWith(String text) throws InterruptedException {
            for (int i = 0; i < 5; i++) {
                String line = next();
                if (line.contains(text)) {
                    return line;
                }
            }
            throw new AssertionError("no line with '" + text + "' among the next 5");
        }
    }

    private Follower follow(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("status", "--follow"));
        args.addAll(List.of(extra));
        Process process = apps.startCli(args.toArray(String[]::new));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        }, "follower-reader");
        reader.setDaemon(true);
        reader.start();
        return new Follower(process, lines);
    }

    @Test
    void followersSeePauseResumeAndQuitWhileTheAppKeepsAnswering() throws Exception {
        Process app = apps.startApp();
        apps.awaitReady(app);

        Follower plain = follow();
        Follower json = follow("--json");
        assertThat(plain.next()).contains("micro break in", "long break in");
        IpcReply first = IpcCodec.decodeReply(json.next());
        assertThat(first.data()).containsEntry("running", true).containsEntry("stage", "counting")
                .containsKeys("breaks", "microBreakInSeconds");
        List<Follower> more = new ArrayList<>();
        for (int i = 2; i < FOLLOWERS; i++) {
            Follower f = follow();
            f.next();
            more.add(f);
        }

        // six followers hold no client thread: ordinary commands are answered as before
        AppProcesses.Result status = apps.cli("status");
        assertThat(status.exit()).as(status.toString()).isZero();
        assertThat(status.out()).contains("is running");

        assertThat(apps.cli("pause").exit()).isZero();
        assertThat(plain.nextWith("paused")).isEqualTo("paused");
        IpcReply paused = IpcCodec.decodeReply(json.nextWith("\"paused\""));
        assertThat(paused.data()).containsEntry("stage", "paused").containsEntry("paused", true);

        assertThat(apps.cli("resume").exit()).isZero();
        assertThat(plain.next()).contains("micro break in");
        assertThat(IpcCodec.decodeReply(json.next()).data()).containsEntry("stage", "counting");

        // a follower that leaves is dropped; the others go on
        more.get(0).process().destroy();
        assertThat(apps.cli("status").exit()).isZero();

        assertThat(apps.cli("quit").exit()).isZero();
        assertThat(plain.nextWith("quit")).isEqualTo("Unhunch quit.");
        assertThat(IpcCodec.decodeReply(json.nextWith("\"running\":false")).data()).containsEntry("running", false);
        for (Follower f : List.of(plain, json, more.get(1))) {
            assertThat(f.process().waitFor(10, TimeUnit.SECONDS)).as("the follower ends with the app").isTrue();
            assertThat(f.process().exitValue()).as("exit code after the app quit").isZero();
        }
        assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();

        AppProcesses.Result notRunning = apps.cli("status", "--follow");
        assertThat(notRunning.exit()).as(notRunning.toString()).isEqualTo(4);
        assertThat(notRunning.err()).contains("not running");
    }
}
