package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.TrayHost;
import dev.unhunch.testsupport.Waits;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A panel that starts after the app (autostart racing the desktop at login): the status window
 * stands in at first, and the tray icon takes over once trayer runs. The packaged jar in its own
 * process, as a user starts it (no --tray), on the real X server with a real trayer.
 */
@RequiresDisplay
class LateTrayHostIT {

    @TempDir
    Path home;

    @Test
    void theTrayTakesOverFromTheStatusWindowWhenAHostAppears() throws Exception {
        try (AppProcesses apps = new AppProcesses(home)) {
            Process app = apps.startTrayApp(List.of());
            apps.awaitReady(app);
            Waits.until("the status window standing in (no tray host yet)", 30_000,
                    () -> trayKind(apps).contains("status window"));

            try (TrayHost host = TrayHost.start()) {
                Waits.until("the Unhunch icon docked in trayer", 30_000,
                        () -> TrayHost.dockedIcon("Unhunch").isPresent());
                Waits.until("the tray reported in use", 10_000, () -> trayKind(apps).contains("Gtk"));
                Screenshots.take("tray-took-over-from-the-status-window");
                assertThat(app.isAlive()).as("closing the stand-in window must not quit the app").isTrue();
                assertThat(apps.cli("quit").exit()).isZero();
            }
        }
    }

    private static String trayKind(AppProcesses apps) {
        try {
            return apps.cli("status", "--json").out();
        } catch (Exception e) {
            return "";
        }
    }
}
