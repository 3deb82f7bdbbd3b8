package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.TrayHost;
import dev.unhunch.testsupport.Waits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain start shows the tray without loading Swing's look (FlatLaf): it comes with the first
 * window. Checked on the packaged jar in its own process, with class-load logging, in a real tray
 * host.
 */
@RequiresDisplay
class LazyLookIT {

    @TempDir
    Path home;

    @Test
    void theLookLoadsWithTheFirstWindowNotWithTheTray() throws Exception {
        Path classes = home.resolve("classes.log");
        try (TrayHost host = TrayHost.start(); AppProcesses apps = new AppProcesses(home)) {
            apps.returningUser(); // the first start shows its sheet, a window, on purpose (FirstStartIT)
            Process app = apps.startTrayApp(List.of("-Xlog:class+load=info:file=" + classes));
            apps.awaitReady(app);
            Waits.until("the Unhunch icon docked in trayer", 30_000, () -> TrayHost.dockedIcon("Unhunch").isPresent());

            assertThat(loaded(classes, "dorkbox.systemTray.SystemTray ")).as("the tray's classes").isTrue();
            assertThat(loaded(classes, "com.formdev.flatlaf.")).as("FlatLaf loaded before any window").isFalse();

            assertThat(apps.cli("settings").exit()).isZero();
            Waits.until("FlatLaf installed for the settings window", 30_000,
                    () -> loaded(classes, "com.formdev.flatlaf.FlatLightLaf "));
            Waits.until("the settings window painted", 30_000, () -> loaded(classes, "com.formdev.flatlaf.ui.FlatTabbedPaneUI "));
            Waits.untilViewable("Unhunch Preferences", 30_000);
            Waits.until("the preferences painted", 10_000,
                    () -> Screenshots.ofTitled("settings-with-lazily-loaded-look", "Unhunch Preferences").painted());
        }
    }

    private static boolean loaded(Path classLog, String prefix) {
        try {
            return Files.exists(classLog) && Files.readString(classLog).contains("] " + prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
