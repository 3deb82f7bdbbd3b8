package dev.unhunch.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, headless KDE Plasma 5.27 Wayland session from Debian's packages, as far as a tray app
 * meets it: KWin ({@code kwin_wayland --virtual --xwayland}, which also serves
 * {@code org.freedesktop.ScreenSaver}) and kded5 with Plasma's {@code statusnotifierwatcher}
 * module ({@code org.kde.StatusNotifierWatcher}), on a private session bus with its own HOME,
 * XDG dirs and Wayland socket under a test folder. Every process it started (and their children:
 * XWayland) is stopped by PID in {@link #close()}.
 */
public final class KdeSession implements AutoCloseable {

    private final Path dir;
    private final String waylandName;
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, String> baseEnvironment = new HashMap<>();
    private String sessionBus;
    private String xDisplay;
    private long startMillis;

    private KdeSession(Path dir) {
        this.dir = dir;
        this.waylandName = "unhunch-kde-" + ProcessHandle.current().pid();
    }

    /** Skips the test (fails it on CI) when KWin, kded5 or their tools are not installed. */
    public static void requireInstalled() {
        Tools.require("kwin_wayland", "kwin-wayland");
        Tools.require("kded5", "kded5");
        Tools.require("Xwayland", "xwayland");
        Tools.require("gdbus", "libglib2.0-bin");
        Tools.require("dbus-daemon", "dbus");
        Tools.require("xdotool", "xdotool");
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/qt5/plugins/kf5/kded/statusnotifierwatcher.so"))
                || TestDisplay.required(), "Plasma's status notifier watcher is not installed (plasma-workspace)");
    }

    /** Starts KWin and kded5 under {@code dir} and waits until the tray watcher and XWayland answer. */
    public static KdeSession start(Path dir) throws IOException, InterruptedException {
        requireInstalled();
        KdeSession session = new KdeSession(dir);
        try {
            session.bringUp();
        } catch (IOException | RuntimeException | AssertionError e) {
            String log = session.log("kwin.log") + "\n--- kded5 log\n" + session.log("kded5.log");
            session.close();
            throw new AssertionError("KDE Plasma did not come up: " + e.getMessage() + "\n--- kwin log\n" + log, e);
        }
        return session;
    }

    private void bringUp() throws IOException, InterruptedException {
        long started = System.nanoTime();
        for (String sub : List.of("home", "config", "runtime", "state", "data", "cache", "kded-data")) {
            Path p = Files.createDirectories(dir.resolve(sub));
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        }
        baseEnvironment.put("HOME", dir.resolve("home").toString());
        baseEnvironment.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        baseEnvironment.put("XDG_RUNTIME_DIR", dir.resolve("runtime").toString());
        baseEnvironment.put("XDG_STATE_HOME", dir.resolve("state").toString());
        baseEnvironment.put("XDG_DATA_HOME", dir.resolve("data").toString());
        baseEnvironment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        baseEnvironment.put("XDG_SESSION_TYPE", "wayland");
        baseEnvironment.put("XDG_CURRENT_DESKTOP", "KDE");
        baseEnvironment.put("KDE_FULL_SESSION", "true");
        baseEnvironment.put("KDE_SESSION_VERSION", "5");
        sessionBus = startSessionBus();
        baseEnvironment.put("DBUS_SESSION_BUS_ADDRESS", sessionBus);

        // Debian gives kwin_wayland the file capability cap_sys_resource; where that capability is
        // outside the bounding set (containers, CI) exec fails with EPERM. A copy has no capability
        // and runs the same (KWin only uses it to raise its own limits).
        Path kwin = Files.copy(Tools.require("kwin_wayland", "kwin-wayland"), dir.resolve("kwin_wayland"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(kwin, PosixFilePermissions.fromString("rwx------"));
        startLogged("kwin.log", Map.of(), kwin.toString(), "--virtual", "--xwayland", "--width", "1280",
                "--height", "800", "--socket", waylandName);
        Waits.until("KWin on the bus", 30_000, () -> answers("org.kde.KWin", "/KWin",
                "org.kde.KWin.supportInformation"));
        Waits.until("KWin's XWayland", 30_000, () -> findXDisplay().isPresent());
        xDisplay = findXDisplay().orElseThrow();

        // kded5 waits up to 30 s for kconf_update at start before it answers on the bus, and one of
        // Plasma's update scripts (krunnerhistory) waits for an activity manager that this session
        // does not run. With XDG_DATA_DIRS on an empty folder kconf_update finds no scripts; the
        // modules themselves are Qt plugins and load as before. kded5 draws nothing: offscreen.
        startLogged("kded5.log", Map.of("XDG_DATA_DIRS", dir.resolve("kded-data").toString(),
                "QT_QPA_PLATFORM", "offscreen", "WAYLAND_DISPLAY", waylandName), "kded5");
        Waits.until("Plasma's StatusNotifierWatcher on the bus", 30_000, this::hasWatcher);
        startMillis = (System.nanoTime() - started) / 1_000_000;
    }

    private void startLogged(String log, Map<String, String> extra, String... command) throws IOException {
        ProcessBuilder builder = builder(command);
        builder.environment().putAll(extra);
        builder.redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile());
        processes.add(builder.start());
    }

    /** How long {@link #start} took until the watcher answered, in milliseconds. */
    public long startMillis() {
        return startMillis;
    }

    /** What a client (the app, gdbus) needs to run inside this session. */
    public Map<String, String> clientEnvironment() {
        Map<String, String> env = new HashMap<>(baseEnvironment);
        env.keySet().removeAll(List.of("HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"));
        env.put("WAYLAND_DISPLAY", waylandName);
        env.put("DISPLAY", xDisplay);
        return env;
    }

    /** Whether {@code org.kde.StatusNotifierWatcher} is on the bus. */
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

    /** A log of the session (kwin.log, kded5.log) so far. */
    public String log(String name) {
        try {
            Path log = dir.resolve(name);
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private ProcessBuilder builder(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS",
                "QT_QPA_PLATFORM"));
        env.putAll(baseEnvironment);
        return builder;
    }

    /** Starts a dbus-daemon in the foreground (so it is ours to stop) and returns its address. */
    private String startSessionBus() throws IOException {
        Process daemon = builder("dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        processes.add(daemon);
        String address = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (address == null || address.isBlank()) {
            throw new IOException("dbus-daemon --session printed no address");
        }
        return address.trim();
    }

    /** KWin starts XWayland on the first free display and passes it as XWayland's first argument. */
    private Optional<String> findXDisplay() {
        if (processes.size() < 2) {
            return Optional.empty();
        }
        return processes.get(1).descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("Xwayland")).orElse(false))
                .flatMap(p -> p.info().arguments().stream().flatMap(a -> a.length > 0 ? Stream.of(a[0]) : Stream.empty()))
                .filter(a -> a.startsWith(":"))
                .findFirst();
    }

    /** Stops kded5 and KWin first (so they do not log every bus they lose), then the bus; by PID. */
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
