package dev.unhunch.platform.interrupt;

import dev.unhunch.platform.interrupt.InterruptionCheck.CheckFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a small tool ({@code pactl}, {@code gsettings}, {@code gdbus}, {@code xfconf-query}) and
 * reads what it prints, within a time bound: a tool that hangs is killed and the check fails.
 * Its output is read into a file so that a full pipe cannot stall it.
 */
final class BoundedCommand {

    /** How long one tool may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Map<String, String> environment;
    private final Duration timeout;

    /** @param environment variables added to this process's own for the tool (tests point it at their servers) */
    BoundedCommand(Map<String, String> environment, Duration timeout) {
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    /** Whether {@code tool} is on the PATH. */
    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** The tool's standard output; fails when it is missing, exits non-zero or takes too long. */
    String run(List<String> command) throws CheckFailedException {
        Path out = null;
        Process process = null;
        try {
            out = Files.createTempFile("unhunch-check", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CheckFailedException(command.get(0) + " did not answer within " + timeout.toMillis() + " ms");
            }
            if (process.exitValue() != 0) {
                throw new CheckFailedException(command.get(0) + " failed (exit " + process.exitValue() + ")");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CheckFailedException(command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckFailedException(command.get(0) + " interrupted");
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // a temporary file left behind costs nothing
                }
            }
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File("/dev/null");
    }
}
