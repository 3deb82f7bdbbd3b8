package dev.unhunch.testsupport;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The X display every GUI test in this JVM uses: the inherited {@code DISPLAY} when it answers,
 * otherwise a private Xvfb started here on a free display number and stopped by PID at exit.
 *
 * <p>It must be settled before AWT starts, because the X toolkit reads {@code DISPLAY} from the
 * process environment once; {@link DisplaySessionListener} calls {@link #get()} when the test
 * session opens. When a private Xvfb is started, {@code DISPLAY} is written into the process
 * environment with libc {@code setenv} so that the native toolkit sees it.
 */
public final class TestDisplay {

    private static final Object LOCK = new Object();
    private static volatile TestDisplay instance;

    private final String display;
    private final String unavailableReason;
    private final Process xvfb;

    private TestDisplay(String display, String unavailableReason, Process xvfb) {
        this.display = display;
        this.unavailableReason = unavailableReason;
        this.xvfb = xvfb;
    }

    /** The display for this JVM, started on first use. */
    public static TestDisplay get() {
        TestDisplay current = instance;
        if (current == null) {
            synchronized (LOCK) {
                if (instance == null) {
                    instance = open();
                }
                current = instance;
            }
        }
        return current;
    }

    /**
     * Whether GUI tests must fail rather than skip when no display, or an X tool they need, can be
     * had (CI sets it).
     */
    public static boolean required() {
        return Boolean.getBoolean("unhunch.requireDisplay");
    }

    public Optional<String> display() {
        return Optional.ofNullable(display);
    }

    public String unavailableReason() {
        return unavailableReason;
    }

    /** A process builder whose child sees this display. */
    public ProcessBuilder processBuilder(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        display().ifPresent(d -> builder.environment().put("DISPLAY", d));
        return builder;
    }

    private static TestDisplay open() {
        String inherited = System.getenv("DISPLAY");
        if (inherited != null && !inherited.isBlank() && answers(inherited)) {
            System.setProperty("java.awt.headless", "false");
            return new TestDisplay(inherited, null, null);
        }
        try {
            Xvfb xvfb = Xvfb.start();
            LibC.INSTANCE.setenv("DISPLAY", xvfb.display(), 1);
            System.setProperty("java.awt.headless", "false");
            return new TestDisplay(xvfb.display(), null, xvfb.process());
        } catch (IllegalStateException | UnsatisfiedLinkError e) {
            return new TestDisplay(null, e.getMessage(), null);
        }
    }

    static boolean answers(String display) {
        Optional<Path> xdpyinfo = Tools.find("xdpyinfo");
        if (xdpyinfo.isEmpty()) {
            // Without the probe, trust the socket (local displays only).
            return display.startsWith(":") && Files.exists(Path.of("/tmp/.X11-unix/X" + display.substring(1).split("\\.")[0]));
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(xdpyinfo.get().toString());
            builder.environment().put("DISPLAY", display);
            Process probe = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(5, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The Xvfb process when this JVM started one, for diagnostics. */
    public Optional<Process> ownXvfb() {
        return Optional.ofNullable(xvfb);
    }

    private interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int setenv(String name, String value, int overwrite);
    }
}
