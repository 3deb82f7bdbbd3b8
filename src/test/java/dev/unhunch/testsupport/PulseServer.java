package dev.unhunch.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A private PulseAudio daemon for sound tests: one null sink (a sound card that plays into
 * nothing, at the pace of a real one) and a unix socket in a folder of the test's own, so it
 * touches no desktop sound server. Clients reach it through {@link #clientEnvironment()}; what
 * they play is heard back by {@link #record()} from the sink's monitor. Works as root (CI) and as
 * a user beside the desktop's own server. It is stopped by its handle when closed, and ends by
 * itself after a minute without clients should this JVM die first.
 */
public final class PulseServer implements AutoCloseable {

    /** The rate and layout the monitor is recorded in: 16-bit signed mono. */
    public static final int RATE = 44_100;
    private static final String SINK = "unhunch_test";

    private final Path dir;
    private final Process daemon;
    private final List<Recording> recordings = new ArrayList<>();

    private PulseServer(Path dir, Process daemon) {
        this.dir = dir;
        this.daemon = daemon;
    }

    /** Why sound tests cannot run here, or empty when {@code pulseaudio} and {@code parec} are installed. */
    public static Optional<String> unavailableReason() {
        for (String tool : List.of("pulseaudio", "parec", "pactl")) {
            if (Tools.find(tool).isEmpty()) {
                return Optional.of("no " + tool + " on the PATH (apt-get install pulseaudio pulseaudio-utils)");
            }
        }
        return Optional.empty();
    }

    /** Whether sound tests must fail rather than skip without PulseAudio (the pom's ci profile sets it). */
    public static boolean required() {
        return Boolean.getBoolean("unhunch.requireAudio");
    }

    /** Starts the daemon with its files under {@code dir} and waits until it answers. */
    public static PulseServer start(Path dir) throws IOException, InterruptedException {
        for (String sub : List.of("home", "runtime", "xdg")) {
            Path p = Files.createDirectories(dir.resolve(sub));
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        }
        ProcessBuilder builder = new ProcessBuilder("pulseaudio", "-n", "--daemonize=no", "--use-pid-file=false",
                "--exit-idle-time=60", "--log-target=stderr",
                "-L", "module-null-sink sink_name=" + SINK + " rate=" + RATE,
                "-L", "module-native-protocol-unix auth-anonymous=1 socket=" + dir.resolve("native"));
        isolate(builder.environment(), dir);
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("pulseaudio.log").toFile());
        PulseServer server = new PulseServer(dir, builder.start());
        try {
            Waits.until("PulseAudio answering on " + dir.resolve("native"), 15_000, server::answers);
        } catch (AssertionError e) {
            server.close();
            throw new AssertionError(e.getMessage() + "\n" + Files.readString(dir.resolve("pulseaudio.log")), e);
        }
        return server;
    }

    /** What a client process needs in its environment to play here (and nowhere else). */
    public Map<String, String> clientEnvironment() {
        return Map.of("PULSE_SERVER", "unix:" + dir.resolve("native"));
    }

    /**
     * Starts recording the null sink's monitor and returns once samples flow (a fresh daemon's
     * monitor takes a second or two), so that everything any client plays from now on is in it.
     */
    public Recording record() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("parec", "--raw", "--format=s16le", "--rate=" + RATE,
                "--channels=1", "--latency-msec=10", "--device=" + SINK + ".monitor");
        isolate(builder.environment(), dir);
        builder.environment().putAll(clientEnvironment());
        builder.redirectError(dir.resolve("parec.log").toFile());
        Recording recording = new Recording(builder.start());
        recordings.add(recording);
        Waits.until("samples from the null sink's monitor", 15_000, () -> recording.position() > 0);
        return recording;
    }

    /**
     * Adds a null source named {@code name}: a microphone that hears silence, so that a recording
     * from it is a real recording stream on a source that is not a monitor.
     */
    public void addNullSource(String name) throws IOException, InterruptedException {
        Process pactl = client(List.of("pactl", "load-module", "module-null-source", "source_name=" + name));
        if (!pactl.waitFor(10, TimeUnit.SECONDS) || pactl.exitValue() != 0) {
            Processes.stop(pactl);
            throw new IOException("pactl could not load module-null-source");
        }
    }

    /** Starts a client tool ({@code parecord}, {@code pactl}) against this server only; output discarded. */
    public Process client(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        isolate(builder.environment(), dir);
        builder.environment().putAll(clientEnvironment());
        return builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private boolean answers() {
        try {
            ProcessBuilder builder = new ProcessBuilder("pactl", "info");
            isolate(builder.environment(), dir);
            builder.environment().putAll(clientEnvironment());
            Process pactl = builder.redirectErrorStream(true).start();
            String out = new String(pactl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return pactl.waitFor(5, TimeUnit.SECONDS) && pactl.exitValue() == 0 && out.contains(SINK);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Keeps the daemon and its tools away from the desktop's sound server, session bus and X display. */
    private static void isolate(Map<String, String> env, Path dir) {
        env.put("HOME", dir.resolve("home").toString());
        env.put("PULSE_RUNTIME_PATH", dir.resolve("runtime").toString());
        env.put("XDG_RUNTIME_DIR", dir.resolve("xdg").toString());
        env.keySet().removeAll(List.of("PULSE_SERVER", "PULSE_COOKIE", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY",
                "WAYLAND_DISPLAY", "XDG_CONFIG_HOME"));
    }

    @Override
    public void close() {
        recordings.forEach(Recording::close);
        Processes.stop(daemon);
    }

    /**
     * The monitor of the null sink as it is played, sample by sample, with the monotonic time
     * ({@link System#nanoTime()}, the same clock in every process on Linux) at which each block
     * arrived here.
     */
    public static final class Recording implements AutoCloseable {

        private final Process parec;
        private final Thread reader;
        private final Object lock = new Object();
        private short[] samples = new short[RATE * 10];
        private int count;
        /** Pairs of (samples received so far, System.nanoTime() when they were). */
        private final List<long[]> arrivals = new ArrayList<>();

        private Recording(Process parec) {
            this.parec = parec;
            this.reader = new Thread(this::read, "parec-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            byte[] buffer = new byte[4096];
            int odd = -1;
            try (InputStream in = parec.getInputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    long now = System.nanoTime();
                    synchronized (lock) {
                        for (int i = 0; i < n; i++) {
                            int b = buffer[i] & 0xff;
                            if (odd < 0) {
                                odd = b;
                                continue;
                            }
                            if (count == samples.length) {
                                samples = java.util.Arrays.copyOf(samples, samples.length * 2);
                            }
                            samples[count++] = (short) (odd | (b << 8));
                            odd = -1;
                        }
                        arrivals.add(new long[] {count, now});
                    }
                }
            } catch (IOException e) {
                // parec stopped
            }
        }

        /** How many samples have arrived so far. */
        public int position() {
            synchronized (lock) {
                return count;
            }
        }

        /** The samples from {@code from} up to what has arrived. */
        public short[] samplesFrom(int from) {
            synchronized (lock) {
                return java.util.Arrays.copyOfRange(samples, Math.min(from, count), count);
            }
        }

        /**
         * When sample {@code index} reached this process, by the monotonic clock: the arrival of
         * its block less the samples after it in that block. It was played at most parec's
         * latency (10 ms asked) earlier.
         */
        public long nanoTimeOf(int index) {
            synchronized (lock) {
                for (long[] arrival : arrivals) {
                    if (arrival[0] > index) {
                        return arrival[1] - (arrival[0] - 1 - index) * 1_000_000_000L / RATE;
                    }
                }
            }
            throw new IllegalArgumentException("sample " + index + " has not arrived");
        }

        @Override
        public void close() {
            Processes.stop(parec);
        }
    }
}
