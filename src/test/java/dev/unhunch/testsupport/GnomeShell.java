package dev.unhunch.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, headless GNOME Shell on Wayland (Debian's gnome-shell, Mutter and XWayland) for the
 * desktop tests: its own system bus (the shell will not start without one), its own session bus,
 * HOME, XDG dirs and Wayland socket under a test folder, a 1280x800 virtual monitor, and
 * optionally the AppIndicator extension that provides {@code org.kde.StatusNotifierWatcher}.
 * Clients reach it through {@link #clientEnvironment()}. Every process it started (and their
 * children: XWayland, dconf) is stopped by PID in {@link #close()}.
 */
public final class GnomeShell implements AutoCloseable {

    public static final String APPINDICATOR_EXTENSION = "ubuntu-appindicators@ubuntu.com";
    /**
     * A three-line extension of the tests' own that turns on the shell's "unsafe mode": without
     * it the Screenshot and Eval D-Bus APIs answer only GNOME's own tools.
     */
    private static final String TEST_EXTENSION = "unsafe-mode@unhunch.test";
    private static final Pattern X_DISPLAY = Pattern.compile("Using public X11 display (:\\d+)");

    private final Path dir;
    private final String waylandName;
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, String> baseEnvironment = new HashMap<>();
    private String sessionBus;
    private String xDisplay;
    private long startMillis;

    private GnomeShell(Path dir) {
        this.dir = dir;
        this.waylandName = "unhunch-gnome-" + ProcessHandle.current().pid();
    }

    /** Skips the test (fails it on CI) when gnome-shell or its tools are not installed. */
    public static void requireInstalled() {
        Tools.require("gnome-shell", "gnome-shell");
        Tools.require("Xwayland", "xwayland");
        Tools.require("gdbus", "libglib2.0-bin");
        Tools.require("dbus-daemon", "dbus");
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/share/gnome-shell/extensions", APPINDICATOR_EXTENSION))
                || TestDisplay.required(), "the AppIndicator extension is not installed (gnome-shell-extension-appindicator)");
    }

    /**
     * Starts the shell with its files under {@code dir} and waits until Mutter's idle monitor
     * answers (and, with {@code appIndicator}, until the extension's tray watcher is on the bus).
     */
    public static GnomeShell start(Path dir, boolean appIndicator) throws IOException, InterruptedException {
        return start(dir, appIndicator, 1);
    }

    /** As {@link #start(Path, boolean)}, with {@code monitors} 1280x800 monitors side by side. */
    public static GnomeShell start(Path dir, boolean appIndicator, int monitors) throws IOException, InterruptedException {
        requireInstalled();
        GnomeShell shell = new GnomeShell(dir);
        try {
            shell.bringUp(appIndicator, monitors);
        } catch (IOException | RuntimeException | AssertionError e) {
            String log = shell.log();
            shell.close();
            throw new AssertionError("GNOME Shell did not come up: " + e.getMessage() + "\n--- shell log\n" + log, e);
        }
        return shell;
    }

    private void bringUp(boolean appIndicator, int monitors) throws IOException, InterruptedException {
        long started = System.nanoTime();
        for (String sub : List.of("home", "config", "runtime", "state", "system-bus")) {
            Path p = Files.createDirectories(dir.resolve(sub));
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        }
        baseEnvironment.put("HOME", dir.resolve("home").toString());
        baseEnvironment.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        baseEnvironment.put("XDG_RUNTIME_DIR", dir.resolve("runtime").toString());
        baseEnvironment.put("XDG_STATE_HOME", dir.resolve("state").toString());
        baseEnvironment.put("DBUS_SYSTEM_BUS_ADDRESS", startSystemBus());
        sessionBus = startSessionBus();
        baseEnvironment.put("DBUS_SESSION_BUS_ADDRESS", sessionBus);
        installTestExtension();
        gsettings("enabled-extensions", appIndicator
                ? "['" + APPINDICATOR_EXTENSION + "', '" + TEST_EXTENSION + "']"
                : "['" + TEST_EXTENSION + "']");
        gsettings("disable-user-extensions", "false");
        List<String> command = new ArrayList<>(List.of("gnome-shell", "--headless", "--wayland",
                "--wayland-display=" + waylandName));
        for (int i = 0; i < monitors; i++) {
            command.add("--virtual-monitor");
            command.add("1280x800");
        }
        ProcessBuilder builder = builder(command.toArray(String[]::new));
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("gnome-shell.log").toFile());
        processes.add(builder.start());
        Waits.until("Mutter's idle monitor answering", 90_000, () -> answers(
                "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
                "org.gnome.Mutter.IdleMonitor.GetIdletime"));
        Waits.until("XWayland's display in the shell's log", 30_000, () -> findXDisplay().isPresent());
        xDisplay = findXDisplay().orElseThrow();
        if (appIndicator) {
            // the extension is enabled from the settings at start; asking again costs nothing and
            // covers a settings write the shell read too early
            call("org.gnome.Shell", "/org/gnome/Shell", "org.gnome.Shell.Extensions.EnableExtension",
                    APPINDICATOR_EXTENSION);
            Waits.until("the extension's StatusNotifierWatcher on the bus", 30_000, this::hasWatcher);
        }
        startMillis = (System.nanoTime() - started) / 1_000_000;
    }

    private void installTestExtension() throws IOException {
        Path extension = Files.createDirectories(dir.resolve("home/.local/share/gnome-shell/extensions/" + TEST_EXTENSION));
        Files.writeString(extension.resolve("metadata.json"), "{\"uuid\": \"" + TEST_EXTENSION
                + "\", \"name\": \"Unhunch tests\", \"description\": \"unsafe mode for screenshots\","
                + " \"shell-version\": [\"43\", \"44\", \"45\"]}");
        Files.writeString(extension.resolve("extension.js"), """
                function init() {}
                function enable() { global.context.unsafe_mode = true; }
                function disable() {}
                """);
    }

    /**
     * Saves a screenshot of the whole session (Shell's Screenshot API) to {@code file} after
     * leaving the overview the shell starts in; returns the file.
     */
    public Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (eval("Main.overview.visible").contains("true")) {
            eval("Main.overview.hide()");
            try {
                Thread.sleep(1_000); // the overview's closing animation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        call("org.gnome.Shell.Screenshot", "/org/gnome/Shell/Screenshot", "org.gnome.Shell.Screenshot.Screenshot",
                "false", "false", file.toAbsolutePath().toString());
        return file;
    }

    /** Runs JavaScript inside the shell (its Eval API, open through the test extension); returns the answer. */
    public String eval(String script) {
        return call("org.gnome.Shell", "/org/gnome/Shell", "org.gnome.Shell.Eval", script);
    }

    /** How long {@link #start} took until the shell answered, in milliseconds. */
    public long startMillis() {
        return startMillis;
    }

    /** The session bus the shell and its clients share. */
    public String sessionBus() {
        return sessionBus;
    }

    /** What a client (the app, gdbus) needs to run inside this session. */
    public Map<String, String> clientEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("DBUS_SESSION_BUS_ADDRESS", sessionBus);
        env.put("WAYLAND_DISPLAY", waylandName);
        env.put("DISPLAY", xDisplay);
        xAuthority().ifPresent(a -> env.put("XAUTHORITY", a.toString()));
        env.put("XDG_SESSION_TYPE", "wayland");
        env.put("XDG_CURRENT_DESKTOP", "GNOME");
        return env;
    }

    /** Whether {@code org.kde.StatusNotifierWatcher} (the AppIndicator extension) is on the bus. */
    public boolean hasWatcher() {
        return answers("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierWatcher", "ProtocolVersion");
    }

    /** Calls a method on the session bus with gdbus and returns its answer; fails on an error. */
    public String call(String destination, String path, String method, String... args) {
        List<String> command = new ArrayList<>(List.of("gdbus", "call", "--session", "-d", destination, "-o", path,
                "-m", method, "--timeout", "5", "--"));
        command.addAll(List.of(args));
        return run(command);
    }

    /** Whether a method call on the session bus succeeds. */
    public boolean answers(String destination, String path, String method, String... args) {
        try {
            call(destination, path, method, args);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Whether an X window (through XWayland) whose title matches is shown. */
    public boolean xWindowShown(String titleRegex) {
        try {
            run(List.of("xdotool", "search", "--onlyvisible", "--name", titleRegex));
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The shell's log so far. */
    public String log() {
        try {
            Path log = dir.resolve("gnome-shell.log");
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Runs a command in this session (as a client) and returns its output; fails on a non-zero exit. */
    public String run(List<String> command) {
        try {
            ProcessBuilder builder = builder(command.toArray(String[]::new));
            if (xDisplay != null) {
                builder.environment().putAll(clientEnvironment());
            }
            Process process = builder.redirectErrorStream(true).start();
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
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void gsettings(String key, String value) {
        run(List.of("gsettings", "set", "org.gnome.shell", key, value));
    }

    private ProcessBuilder builder(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS"));
        env.putAll(baseEnvironment);
        return builder;
    }

    private String startSystemBus() throws IOException {
        Path socket = dir.resolve("system-bus/socket");
        Path config = dir.resolve("system-bus/system.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                  "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>system</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow user="*"/>
                    <allow own="*"/>
                    <allow send_destination="*"/>
                    <allow receive_sender="*"/>
                  </policy>
                </busconfig>
                """.formatted(socket));
        startBus("--config-file=" + config);
        return "unix:path=" + socket;
    }

    private String startSessionBus() throws IOException {
        return startBus("--session");
    }

    /** Starts a dbus-daemon in the foreground (so it is ours to stop) and returns its address. */
    private String startBus(String configArgument) throws IOException {
        Process daemon = builder("dbus-daemon", configArgument, "--nofork", "--nopidfile", "--print-address=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        processes.add(daemon);
        String address = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (address == null || address.isBlank()) {
            throw new IOException("dbus-daemon " + configArgument + " printed no address");
        }
        return address.trim();
    }

    private Optional<String> findXDisplay() {
        Matcher m = X_DISPLAY.matcher(log());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private Optional<Path> xAuthority() {
        try (Stream<Path> files = Files.list(dir.resolve("runtime"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(".mutter-Xwaylandauth.")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stops the shell first (so it does not log every bus it loses), then the buses; by PID. */
    @Override
    public void close() throws InterruptedException {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.destroyForcibly();
            }
        }
        processes.clear();
    }
}
