package dev.unhunch.app;

import dev.unhunch.platform.ipc.SingleInstance;
import dev.unhunch.testsupport.TestDisplay;
import dev.unhunch.testsupport.Waits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the packaged {@code unhunch.jar} as separate processes in a private home (HOME and the
 * XDG directories under a temporary folder, no sound server unless {@link #putEnvironment} names
 * one), runs CLI commands against it, and stops every
 * process it started by its handle in {@link #close()}, also when a test fails.
 */
final class AppProcesses implements AutoCloseable {

    /** The outcome of one finished CLI process. */
    record Result(int exit, String out, String err, long millis) {
        @Override
        public String toString() {
            return "exit " + exit + " after " + millis + " ms\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path home;
    private final Path jar;
    private final List<Process> started = new ArrayList<>();
    private final Map<String, String> extraEnvironment = new HashMap<>();
    private int logCount;

    AppProcesses(Path home) throws IOException {
        this.home = home;
        String jarPath = System.getProperty("unhunch.jar");
        if (jarPath == null || !Files.isRegularFile(Path.of(jarPath))) {
            throw new IllegalStateException("system property unhunch.jar must name the packaged jar (run through failsafe)");
        }
        this.jar = Path.of(jarPath);
        Path runtime = home.resolve("run");
        Files.createDirectories(runtime);
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
    }

    /**
     * Makes the home that of a returning user: an (empty) settings file exists, so the app starts
     * without the first-run sheet, as on every start after the first.
     */
    void returningUser() throws IOException {
        Path config = home.resolve("config/unhunch");
        Files.createDirectories(config);
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rwx------"));
        Path settings = config.resolve("settings.properties");
        if (!Files.exists(settings)) {
            Files.createFile(settings, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
    }

    /** Home of the processes, for tests that look at the files there. */
    Path home() {
        return home;
    }

    /** Adds variables to the environment of every process started from now on (a sound server, say). */
    void putEnvironment(Map<String, String> variables) {
        extraEnvironment.putAll(variables);
    }

    Path runtimeDir() {
        return home.resolve("run/unhunch");
    }

    Path socket() {
        return SingleInstance.socketPath(runtimeDir());
    }

    private ProcessBuilder builder(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = TestDisplay.get().processBuilder(command.toArray(String[]::new));
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("XDG_RUNTIME_DIR", home.resolve("run").toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.remove("WAYLAND_DISPLAY");
        // chimes go to no sound server unless a test brings its own: none on the desktop's speakers
        env.put("PULSE_SERVER", "unix:" + home.resolve("no-sound-server"));
        env.putAll(extraEnvironment);
        return builder;
    }

    /** Starts the app (status window instead of a tray); its output goes to files in the home. */
    Process startApp(String... extraArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("--tray", "window"));
        args.addAll(List.of(extraArgs));
        int n = ++logCount;
        Process process = builder(List.of(), args.toArray(String[]::new))
                .redirectOutput(home.resolve("app" + n + ".out").toFile())
                .redirectError(home.resolve("app" + n + ".err").toFile())
                .start();
        started.add(process);
        return process;
    }

    /** Starts the app as a user would (no arguments: the real tray) with JVM options before {@code -jar}. */
    Process startTrayApp(List<String> jvmOptions) throws IOException {
        int n = ++logCount;
        Process process = builder(jvmOptions)
                .redirectOutput(home.resolve("app" + n + ".out").toFile())
                .redirectError(home.resolve("app" + n + ".err").toFile())
                .start();
        started.add(process);
        return process;
    }

    /**
     * Starts {@code unhunch ARGS} with its stdout on a pipe, for a command that keeps running
     * ({@code status --follow}); stopped in {@link #close()} if still alive.
     */
    Process startCli(String... args) throws IOException {
        Process process = builder(List.of(), args).redirectError(home.resolve("cli" + (++logCount) + ".err").toFile()).start();
        started.add(process);
        return process;
    }

    /** Runs {@code unhunch ARGS} to completion (at most 60 s). */
    Result cli(String... args) throws IOException, InterruptedException {
        return run(List.of(), args);
    }

    /** Runs the jar with JVM options before {@code -jar}. */
    Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(builder(jvmOptions, args), args);
    }

    /** Runs the jar with no DISPLAY, WAYLAND_DISPLAY or XAUTHORITY in its environment. */
    Result runWithoutDisplay(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = builder(jvmOptions, args);
        builder.environment().keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY"));
        return run(builder, args);
    }

    private Result run(ProcessBuilder builder, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "cli", ".out");
        Path err = Files.createTempFile(home, "cli", ".err");
        long start = System.nanoTime();
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        started.add(process);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("unhunch " + String.join(" ", args) + " did not finish in 60 s");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), millis);
    }

    /** Waits until {@code unhunch status} answers with the engine's state (listening and ticking). */
    Result awaitReady(Process app) {
        AtomicReference<Result> last = new AtomicReference<>();
        boolean ready = Waits.within(60_000, () -> {
            if (!app.isAlive()) {
                throw new AssertionError("the app exited with " + app.exitValue() + " before answering:\n" + logs());
            }
            Result status = statusJson();
            last.set(status);
            return status.exit() == 0 && status.out().contains("\"stage\""); // the engine is ticking
        });
        if (!ready) {
            throw new AssertionError("the app did not answer within 60 s; last status: " + last.get() + "\n" + logs());
        }
        return last.get();
    }

    private Result statusJson() {
        try {
            return cli("status", "--json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while asking the app for its status", e);
        }
    }

    /** Everything the app processes wrote, for failure messages. */
    String logs() {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(home)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("app")).sorted().toList()) {
                b.append("--- ").append(p.getFileName()).append('\n').append(Files.readString(p));
            }
            Path log = home.resolve("state/unhunch/unhunch0.log");
            if (Files.exists(log)) {
                b.append("--- unhunch0.log\n").append(Files.readString(log));
            }
        } catch (IOException e) {
            b.append("(logs unreadable: ").append(e).append(')');
        }
        return b.toString();
    }

    /** Stops every process still running, forcibly, by its handle. */
    @Override
    public void close() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
