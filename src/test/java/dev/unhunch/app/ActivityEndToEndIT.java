package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.Processes;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.testsupport.Xvfb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on real parts: the packaged app in its own process, its X11 idle source reading a
 * real X server, input made with xdotool, and the notice window seen from outside with {@code
 * xdotool search}. Two copies run side by side on two private displays with a micro break after
 * one minute of activity and a 5 s notice: the busy one must offer the break after a minute of
 * input, the idle one must not offer anything in the same time.
 */
@RequiresDisplay
class ActivityEndToEndIT {

    private static final String NOTICE_TITLE = "^Unhunch: break coming up$";
    private static final Duration WATCH = Duration.ofSeconds(80);

    @TempDir
    Path temp;

    @Test
    void aMinuteOfInputBringsTheNoticeAndAnIdleMinuteDoesNot() throws Exception {
        try (Xvfb busyDisplay = Xvfb.start(); Xvfb idleDisplay = Xvfb.start();
                Running busy = launch(busyDisplay, temp.resolve("busy"));
                Running idle = launch(idleDisplay, temp.resolve("idle"))) {
            busy.awaitReady();
            idle.awaitReady();
            long activityStarted = System.nanoTime();
            Duration noticeAfter = null;
            int step = 0;
            while (Duration.ofNanos(System.nanoTime() - activityStarted).compareTo(WATCH) < 0) {
                // Steady input, like someone working: the pointer moves and a key goes down every second.
                xdotool(busyDisplay, "mousemove", Integer.toString(400 + (step % 2) * 300), "400");
                xdotool(busyDisplay, "key", "shift");
                step++;
                if (noticeAfter == null && busyDisplay.windowShown(NOTICE_TITLE)) {
                    noticeAfter = Duration.ofNanos(System.nanoTime() - activityStarted);
                }
                assertThat(idleDisplay.windowShown(NOTICE_TITLE)).as("a notice while the user was away").isFalse();
                if (noticeAfter != null && Duration.ofNanos(System.nanoTime() - activityStarted).toSeconds() > 70) {
                    break;
                }
                Thread.sleep(1000);
            }
            System.out.println("Notice appeared after " + (noticeAfter == null ? "never" : noticeAfter.toMillis() + " ms")
                    + " of activity (break due at 60 s, notice 5 s before)");
            assertThat(noticeAfter).as("the notice after a minute of activity").isNotNull();
            assertThat(noticeAfter).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(65));
            assertThat(busy.process.isAlive()).isTrue();
            assertThat(idle.process.isAlive()).isTrue();
        }
    }

    private record Running(Process process, Xvfb display) implements AutoCloseable {
        void awaitReady() {
            Waits.until("the app's status window on " + display.display(), 60_000, () -> {
                assertThat(process.isAlive()).as("the app is running").isTrue();
                return display.windowShown("^Unhunch status$");
            });
        }

        @Override
        public void close() {
            Processes.stop(process);
        }
    }

    private Running launch(Xvfb display, Path home) throws IOException {
        Path config = home.resolve(".config/unhunch");
        Files.createDirectories(config);
        Files.writeString(config.resolve("settings.properties"), String.join("\n",
                "micro.interval = 1m",
                "notice.length = 5s",
                "long.enabled = false",
                ""), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(LaunchIT.javaBinary(), "-jar", LaunchIT.jar(), "--tray", "window");
        builder.environment().put("DISPLAY", display.display());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_RUNTIME_DIR", home.resolve("run").toString());
        for (String variable : new String[] {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"}) {
            builder.environment().remove(variable);
        }
        Files.createDirectories(home.resolve("run"));
        Process process = builder.redirectErrorStream(true).redirectOutput(home.resolve("app.out").toFile()).start();
        return new Running(process, display);
    }

    private static void xdotool(Xvfb display, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "xdotool";
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DISPLAY", display.display());
        Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
