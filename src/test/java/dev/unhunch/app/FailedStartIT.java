package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.platform.ipc.SingleInstance;
import dev.unhunch.testsupport.RequiresDisplay;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that fails says why, exits non-zero and leaves neither the lock held nor a socket
 * behind; an acknowledged quit ends the process, also while it is still starting.
 */
@RequiresDisplay
class FailedStartIT {

    @TempDir
    Path home;

    private AppProcesses apps;

    @BeforeEach
    void setUp() throws Exception {
        apps = new AppProcesses(home);
    }

    @AfterEach
    void tearDown() throws Exception {
        apps.close();
    }

    @Test
    void anErrorDuringStartExitsWithTheReasonAndReleasesTheLock() throws Exception {
        // ~60 MB of settings under a 32 MB heap: an OutOfMemoryError in the middle of the start
        Path settings = home.resolve("config/unhunch/settings.properties");
        Files.createDirectories(settings.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(settings, StandardCharsets.UTF_8)) {
            String filler = "x".repeat(20);
            for (int i = 0; i < 1_500_000; i++) {
                out.write("custom.key" + i + " = " + filler + "\n");
            }
        }
        long size = Files.size(settings);

        AppProcesses.Result result = apps.run(List.of("-Xmx32m"), "--tray", "window");

        assertThat(result.exit()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("unhunch: could not start: java.lang.OutOfMemoryError");
        assertThat(apps.socket()).doesNotExist();
        Optional<SingleInstance> lock = SingleInstance.tryAcquire(apps.runtimeDir());
        assertThat(lock).as("nobody holds the lock").isPresent();
        lock.get().close();
        assertThat(settings).as("the user's file is left as it was").hasSize(size);
    }

    @Test
    void quitWhileStartingEndsTheProcess() throws Exception {
        Process app = apps.startApp();
        AppProcesses.Result quit = null;
        // the socket answers from before the settings, tray and engine: quit as early as possible
        for (int i = 0; i < 600 && (quit == null || quit.exit() != 0); i++) {
            quit = apps.cli("quit");
        }
        assertThat(quit.exit()).as(String.valueOf(quit)).isZero();
        assertThat(quit.out()).contains("Quitting Unhunch.");
        assertThat(app.waitFor(AppExit.GRACE.toMillis() + 2_000, java.util.concurrent.TimeUnit.MILLISECONDS))
                .as("the process ended after an acknowledged quit:\n" + apps.logs()).isTrue();
        assertThat(apps.cli("status").exit()).isEqualTo(dev.unhunch.cli.ExitCodes.NOT_RUNNING);
    }
}
