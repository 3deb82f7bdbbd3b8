package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.KdeSession;
import dev.unhunch.testsupport.Waits;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app in a real, headless KDE Plasma 5.27 Wayland session ({@link KdeSession}: KWin
 * and kded5 with Plasma's tray watcher), as a user starts it (no --tray): its icon is a
 * StatusNotifierItem registered with Plasma's watcher, its menu can be read over D-Bus, and
 * {@code --diagnose} names the tray and the idle source the app chose there.
 */
class KdePlasmaIT {

    private static final Pattern ITEM = Pattern.compile("'(:[0-9.]+)(@?)(/[^']*)'");

    @TempDir
    Path temp;

    @Test
    void theIconIsAStatusNotifierItemRegisteredWithPlasmasWatcher() throws Exception {
        try (KdeSession session = KdeSession.start(temp.resolve("kde"));
                AppProcesses apps = new AppProcesses(temp.resolve("home"))) {
            System.out.println("KDE Plasma (KWin and kded5) answered after " + session.startMillis() + " ms");
            apps.returningUser();
            apps.putEnvironment(session.clientEnvironment());
            Process app = apps.startTrayApp(List.of());
            apps.awaitReady(app);
            if (!Waits.within(20_000, () -> status(apps).contains("Dorkbox AppIndicator"))) {
                throw new AssertionError("the tray is not an AppIndicator: " + status(apps) + "\n" + apps.logs());
            }

            AtomicReference<String> items = new AtomicReference<>("");
            Waits.until("the icon registered with Plasma's watcher", 20_000, () -> {
                items.set(session.call("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                        "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierWatcher",
                        "RegisteredStatusNotifierItems"));
                return ITEM.matcher(items.get()).find();
            });
            Matcher item = ITEM.matcher(items.get());
            assertThat(item.find()).isTrue();
            String menuPath = session.call(item.group(1), item.group(3), "org.freedesktop.DBus.Properties.Get",
                    "org.kde.StatusNotifierItem", "Menu").replaceAll("(?s).*objectpath '([^']*)'.*", "$1").strip();
            String layout = session.call(item.group(1), menuPath, "com.canonical.dbusmenu.GetLayout", "0", "-1", "[]");
            assertThat(layout).contains("Quit").contains("Preferences").contains("About");

            AppProcesses.Result diagnose = apps.cli("--diagnose");
            System.out.println("--diagnose on KDE Plasma:\n" + diagnose.out());
            // KWin 5.27 owns org.freedesktop.ScreenSaver but answers GetSessionIdleTime on Wayland
            // with NotSupported, so the app falls back to XWayland's SYNC IDLETIME counter (which
            // misses input to native Wayland windows; README, "KDE Plasma"). Should a later Plasma
            // answer, this fails and the README needs a new look.
            assertThat(diagnose.out()).contains("Dorkbox AppIndicator")
                    .containsPattern("idleSource:\\s+X11 SYNC IDLETIME")
                    .contains("GetSessionIdleTime is not supported on this platform");
            assertThat(app.isAlive()).isTrue();
            assertThat(apps.cli("quit").exit()).isZero();
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
