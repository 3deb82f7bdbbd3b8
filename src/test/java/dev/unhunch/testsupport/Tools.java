package dev.unhunch.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Finds and runs the command-line X tools the GUI tests drive (xdotool, xwininfo, trayer...). */
public final class Tools {

    private Tools() {
    }

    /** The executable on the PATH, if installed. */
    public static Optional<Path> find(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The executable a test cannot do without. When it is missing the test is skipped with the
     * reason, or fails where {@link TestDisplay#required()} holds (CI): there a missing tool means
     * a broken machine, and a test that quietly passes or skips would hide it.
     */
    public static Path require(String name, String debianPackage) {
        Optional<Path> tool = find(name);
        if (tool.isPresent()) {
            return tool.get();
        }
        String reason = name + " is not on the PATH (apt-get install " + debianPackage + ")";
        if (TestDisplay.required()) {
            throw new AssertionError(reason + "; unhunch.requireDisplay is set (CI), so this fails instead of skipping");
        }
        return Assumptions.abort("skipped: " + reason);
    }

    /** Runs a tool on the test display and returns its standard output; fails on a non-zero exit. */
    public static String run(String... command) {
        try {
            Process process = TestDisplay.get().processBuilder(command).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ": " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
