package dev.unhunch.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** A private Xvfb server on a free display number, stopped by its PID when closed. */
public final class Xvfb implements AutoCloseable {

    private final String display;
    private final Process process;

    private Xvfb(String display, Process process) {
        this.display = display;
        this.process = process;
    }

    /**
     * Starts Xvfb at 1920x1080x24 and waits until it answers.
     *
     * @throws IllegalStateException with the reason when Xvfb is missing or does not start
     */
    public static Xvfb start() {
        Optional<Path> binary = Tools.find("Xvfb");
        if (binary.isEmpty()) {
            throw new IllegalStateException("no DISPLAY and no Xvfb on the PATH (apt-get install xvfb)");
        }
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                int number = 100 + ThreadLocalRandom.current().nextInt(400);
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                    continue;
                }
                // A small shell keeps watch: it stops Xvfb (by PID) when this JVM is gone or when it is
                // told to. Stopping Xvfb from a JVM shutdown hook instead would break AWT's live
                // connection and make the JVM exit with an X I/O error.
                String script = "\"$0\" \"$1\" -screen 0 1920x1080x24 -nolisten tcp & x=$!; "
                        + "trap 'kill $x; exit 0' TERM INT HUP; "
                        + "while kill -0 \"$2\" 2>/dev/null && kill -0 $x 2>/dev/null; do sleep 0.5; done; kill $x 2>/dev/null";
                Process process = new ProcessBuilder("sh", "-c", script, binary.get().toString(), ":" + number,
                        Long.toString(ProcessHandle.current().pid()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (waitUntilAnswering(number, process)) {
                    return new Xvfb(":" + number, process);
                }
                process.destroy();
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not start Xvfb: " + e.getMessage(), e);
        }
        throw new IllegalStateException("Xvfb did not start on any of 5 display numbers");
    }

    /** Whether the Xvfb just started answers within 10 s; false as soon as it has exited. */
    private static boolean waitUntilAnswering(int number, Process process) {
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        return Waits.within(10_000, () -> !process.isAlive() || Files.exists(socket) && TestDisplay.answers(":" + number))
                && process.isAlive();
    }

    /** Whether a mapped window whose title matches {@code titleRegex} is on this display. */
    public boolean windowShown(String titleRegex) {
        try {
            ProcessBuilder builder = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", titleRegex);
            builder.environment().put("DISPLAY", display);
            Process search = builder.redirectErrorStream(true).start();
            String out = new String(search.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return search.waitFor(5, TimeUnit.SECONDS) && search.exitValue() == 0 && !out.isBlank();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String display() {
        return display;
    }

    Process process() {
        return process;
    }

    @Override
    public void close() {
        Processes.stop(process);
    }
}
