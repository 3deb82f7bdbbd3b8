package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.GnomeShell;
import dev.unhunch.testsupport.MutterInput;
import dev.unhunch.testsupport.Waits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app on a real GNOME Shell 43 on Wayland (headless, {@link GnomeShell}), as a user
 * starts it (no --tray): with the AppIndicator extension its icon is a StatusNotifierItem whose
 * menu can be read over D-Bus, idle time comes from Mutter, and a notice comes after real input
 * (Mutter's RemoteDesktop API) and not while the session is idle. Without the extension (stock
 * GNOME) the status window and a one-time hint stand in, and the tray takes over once the
 * extension runs. Breaks are short (a micro break after 1 minute, a 45 s notice) so that the whole
 * class runs in about two minutes.
 */
class GnomeShellIT {

    private static final String NOTICE_TITLE = "^Unhunch: break coming up$";
    private static final String HINT_TITLE = "^Unhunch: no tray icon on this desktop$";
    private static final Pattern ITEM = Pattern.compile("'(:[0-9.]+)(@?)(/[^']*)'");

    @TempDir
    Path temp;

    @Test
    void withTheExtensionTheIconIsAStatusNotifierItemAndInputBringsTheNotice() throws Exception {
        try (GnomeShell shell = GnomeShell.start(temp.resolve("shell"), true);
                AppProcesses apps = new AppProcesses(temp.resolve("home"))) {
            System.out.println("GNOME Shell with the AppIndicator extension answered after " + shell.startMillis() + " ms");
            writeShortBreaks(temp.resolve("home"));
            apps.putEnvironment(shell.clientEnvironment());
            Process app = apps.startTrayApp(List.of());
            apps.awaitReady(app);
            if (!Waits.within(20_000, () -> status(apps).contains("Dorkbox AppIndicator"))) {
                throw new AssertionError("the tray is not an AppIndicator: " + status(apps) + "\n" + apps.logs());
            }

            AtomicReference<String> items = new AtomicReference<>("");
            Waits.until("the icon registered with the watcher", 20_000, () -> {
                items.set(shell.call("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                        "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierWatcher",
                        "RegisteredStatusNotifierItems"));
                return ITEM.matcher(items.get()).find();
            });
            Matcher item = ITEM.matcher(items.get());
            assertThat(item.find()).isTrue();
            String menuPath = shell.call(item.group(1), item.group(3), "org.freedesktop.DBus.Properties.Get",
                    "org.kde.StatusNotifierItem", "Menu").replaceAll("(?s).*objectpath '([^']*)'.*", "$1").strip();
            String layout = shell.call(item.group(1), menuPath, "com.canonical.dbusmenu.GetLayout", "0", "-1", "[]");
            assertThat(layout).contains("Quit").contains("Preferences").contains("About");

            AppProcesses.Result diagnose = apps.cli("--diagnose");
            System.out.println("--diagnose on GNOME:\n" + diagnose.out());
            assertThat(diagnose.out()).contains("GNOME Mutter IdleMonitor").contains("Dorkbox AppIndicator");

            Path shots = Path.of(System.getProperty("unhunch.screenshots", "target/screenshots"), "gnome");
            shell.eval("Main.overview.hide()");
            Thread.sleep(1000);
            shell.screenshot(shots.resolve("top-bar-with-the-icon.png"));
            assertThat(apps.logs()).as("the engine sleeps on Mutter's watches")
                    .contains("waits for Mutter's idle watches");
            // a window the user works in: the notice must not take its focus
            apps.cli("settings");
            Waits.until("the preferences window focused", 20_000,
                    () -> activeWindow(shell).contains("Unhunch Preferences"));

            // idle: nobody touches the session; in this time input would bring the notice
            long idleUntil = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < idleUntil) {
                assertThat(shell.xWindowShown(NOTICE_TITLE)).as("a notice while the session is idle").isFalse();
                Thread.sleep(1000);
            }
            assertThat(status(apps)).contains("\"activity\":\"idle\"");

            try (MutterInput input = MutterInput.open(shell)) {
                long started = System.nanoTime();
                Duration noticeAfter = null;
                while (noticeAfter == null && System.nanoTime() - started < Duration.ofSeconds(40).toNanos()) {
                    input.nudge();
                    if (shell.xWindowShown(NOTICE_TITLE)) {
                        noticeAfter = Duration.ofNanos(System.nanoTime() - started);
                    }
                    Thread.sleep(500);
                }
                System.out.println("Notice after " + noticeAfter + " of input (due after 15 s)");
                Thread.sleep(1000);
                shell.screenshot(shots.resolve("notice-beside-the-focused-window.png"));
                // sampled for a while: xdotool sometimes reads no active window for a moment
                List<String> focused = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    focused.add(activeWindow(shell).strip());
                    Thread.sleep(250);
                }
                assertThat(focused).as("the notice never takes the focus").noneMatch(w -> w.contains("break coming up"))
                        .anyMatch(w -> w.contains("Unhunch Preferences"));
                assertThat(noticeAfter).as("the notice after input through Mutter").isNotNull()
                        .isBetween(Duration.ofSeconds(10), Duration.ofSeconds(35));
            }
            assertThat(app.isAlive()).isTrue();
            assertThat(apps.cli("quit").exit()).isZero();
        }
    }

    @Test
    void withoutTheExtensionTheStatusWindowAndHintStandInUntilATrayAppears() throws Exception {
        try (GnomeShell shell = GnomeShell.start(temp.resolve("shell"), false);
                AppProcesses apps = new AppProcesses(temp.resolve("home"))) {
            System.out.println("GNOME Shell without extensions answered after " + shell.startMillis() + " ms");
            assertThat(shell.hasWatcher()).isFalse();
            apps.putEnvironment(shell.clientEnvironment());
            Process app = apps.startTrayApp(List.of());
            apps.awaitReady(app);
            assertThat(status(apps)).contains("status window");
            Waits.until("the status window", 20_000, () -> shell.xWindowShown("^Unhunch status$"));
            Waits.until("the hint naming the GNOME extension", 20_000, () -> shell.xWindowShown(HINT_TITLE));
            assertThat(Files.exists(apps.runtimeDir().getParent().getParent().resolve("state/unhunch/tray-hint-shown")))
                    .as("the hint is remembered").isTrue();
            Path shots = Path.of(System.getProperty("unhunch.screenshots", "target/screenshots"), "gnome");
            Thread.sleep(500);
            shell.screenshot(shots.resolve("no-extension-status-window-and-hint.png"));

            shell.call("org.gnome.Shell", "/org/gnome/Shell", "org.gnome.Shell.Extensions.EnableExtension",
                    GnomeShell.APPINDICATOR_EXTENSION);
            Waits.until("the tray taking over once the extension runs", 30_000,
                    () -> status(apps).contains("Dorkbox AppIndicator"));
            Thread.sleep(1000);
            shell.screenshot(shots.resolve("extension-turned-on-icon-took-over.png"));
            assertThat(app.isAlive()).isTrue();
            assertThat(apps.cli("quit").exit()).isZero();
        }
    }

    @Test
    void theBreakWindowComesUpAboveOtherWindowsOnTheMonitorWithThePointer() throws Exception {
        try (GnomeShell shell = GnomeShell.start(temp.resolve("shell"), true, 2);
                AppProcesses apps = new AppProcesses(temp.resolve("home"))) {
            apps.putEnvironment(shell.clientEnvironment());
            Process app = apps.startTrayApp(List.of());
            apps.awaitReady(app);
            shell.eval("Main.overview.hide()");
            apps.cli("settings");
            Waits.until("the preferences window focused", 20_000,
                    () -> activeWindow(shell).contains("Unhunch Preferences"));
            try (MutterInput input = MutterInput.open(shell)) {
                // from wherever it starts, far to the right: onto the second monitor (x 1280..2559)
                for (int i = 0; i < 30; i++) {
                    input.movePointer(100, 0);
                }
                Thread.sleep(500);
                assertThat(apps.cli("break").exit()).isZero();
                Waits.until("the break window", 20_000, () -> shell.xWindowShown("^Unhunch break$"));
                Thread.sleep(1000);
                Path shots = Path.of(System.getProperty("unhunch.screenshots", "target/screenshots"), "gnome");
                shell.screenshot(shots.resolve("break-window-two-monitors.png"));
                String geometry = shell.run(List.of("xdotool", "search", "--onlyvisible", "--name", "^Unhunch break$",
                        "getwindowgeometry"));
                System.out.println("Break window with the pointer on the right monitor:\n" + geometry);
                assertThat(activeWindow(shell)).as("the break window is in front").contains("Unhunch break");
                Matcher position = Pattern.compile("Position: (\\d+),").matcher(geometry);
                assertThat(position.find()).isTrue();
                assertThat(Integer.parseInt(position.group(1))).as("on the monitor with the pointer").isGreaterThanOrEqualTo(1280);
            }
            assertThat(apps.cli("quit").exit()).isZero();
        }
    }

    private static void writeShortBreaks(Path home) throws Exception {
        Path config = home.resolve("config/unhunch");
        Files.createDirectories(config);
        Files.writeString(config.resolve("settings.properties"), String.join("\n",
                "micro.interval = 1m",
                "notice.length = 45s",
                "long.enabled = false",
                ""), StandardCharsets.UTF_8);
    }

    private static String activeWindow(GnomeShell shell) {
        try {
            return shell.run(List.of("xdotool", "getactivewindow", "getwindowname"));
        } catch (IllegalStateException e) {
            return "";
        }
    }

    private static String status(AppProcesses apps) {
        try {
            return apps.cli("status", "--json").out();
        } catch (Exception e) {
            return "";
        }
    }
}
