package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.Processes;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Tools;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.testsupport.Xvfb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built jar as a user would, in a separate process, and checks what it says and does. */
class LaunchIT {

    @TempDir
    Path home;

    record Result(int exitCode, String out, String err) {
    }

    private Result runJar(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("XDG_RUNTIME_DIR"); // never meet a real instance of the user
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(env);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("unhunch " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String jar() {
        String jar = System.getProperty("unhunch.jar");
        assertThat(jar).as("failsafe passes the built jar").isNotBlank();
        assertThat(Path.of(jar)).exists();
        return jar;
    }

    @Test
    void versionPrintsTheProjectVersion() throws Exception {
        Result result = runJar(Map.of(), "--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("(?s)Unhunch \\d+\\.\\d+\\.\\d+.*");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void unknownOptionExitsTwoWithAClearMessage() throws Exception {
        Result result = runJar(Map.of(), "--no-such-thing");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--no-such-thing'").contains("unhunch --help");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void withoutADisplayItExitsThreeWithAClearMessage() throws Exception {
        Result result = runJar(Map.of());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("no graphical display available");
    }

    @Test
    void unreachableDisplayIsAlsoExitThree() throws Exception {
        Result result = runJar(Map.of("DISPLAY", ":4999"));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("no graphical display available", ":4999");
    }

    /** A bare display (no tray host, no desktop): the status window stands in and the app keeps running. */
    @Test
    @RequiresDisplay
    void withoutATrayHostTheStatusWindowAppears() throws Exception {
        try (Xvfb bare = Xvfb.start()) {
            ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", jar());
            builder.environment().put("DISPLAY", bare.display());
            builder.environment().put("HOME", home.toString());
            builder.environment().remove("XDG_CURRENT_DESKTOP");
            builder.environment().remove("XDG_STATE_HOME");
            builder.environment().remove("XDG_RUNTIME_DIR"); // never meet a real instance of the user
            Process app = builder.redirectErrorStream(true).redirectOutput(home.resolve("app.txt").toFile()).start();
            try {
                Waits.until("the status window on a display without a tray", 20_000,
                        () -> bare.windowShown("^Unhunch status$"));
                assertThat(app.isAlive()).as("the app keeps running without a tray").isTrue();
                String log = Files.readString(home.resolve(".local/state/unhunch/unhunch0.log"), StandardCharsets.UTF_8);
                assertThat(log).containsOnlyOnce("No system tray found");
            } finally {
                Processes.stop(app);
            }
        }
    }
}
