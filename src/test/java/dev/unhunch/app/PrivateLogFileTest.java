package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log and its directory are private from the first start, through rotation. */
class PrivateLogFileTest {

    private static final String DIR_MODE = "rwx------";
    private static final String FILE_MODE = "rw-------";

    @TempDir
    Path home;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theFirstStartCreatesAPrivateDirectoryAndLog() throws Exception {
        Path state = home.resolve(".local/state/unhunch");
        try {
            Path log = Logging.configure(state);
            Logger.getLogger("dev.unhunch.test").info("a line with a path /home/someone/settings");
            assertThat(log).isEqualTo(state.resolve("unhunch0.log"));
            assertThat(mode(state)).isEqualTo(DIR_MODE);
            assertThat(mode(home.resolve(".local/state"))).isEqualTo(DIR_MODE);
            assertThat(mode(log)).isEqualTo(FILE_MODE);
            assertThat(Files.readString(log)).contains("a line with a path");
            assertThat(state.resolve("unhunch0.log.lck")).doesNotExist();
        } finally {
            LogManager.getLogManager().reset();
        }
    }

    @Test
    void rotationKeepsBothFilesPrivateAndAnOldReadableLogIsClosed() throws Exception {
        Path state = home.resolve("state");
        Files.createDirectories(state);
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path old = Files.writeString(state.resolve("unhunch0.log"), "from an older version\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));

        PrivateLogFile handler = new PrivateLogFile(state, 200);
        handler.setFormatter(new SimpleFormatter());
        assertThat(mode(state)).isEqualTo(DIR_MODE);
        assertThat(mode(old)).isEqualTo(FILE_MODE);
        for (int i = 0; i < 10; i++) {
            handler.publish(new LogRecord(Level.INFO, "record number " + i + " with some words to fill the file"));
        }
        handler.close();

        Path previous = state.resolve("unhunch1.log");
        assertThat(previous).exists();
        assertThat(mode(previous)).isEqualTo(FILE_MODE);
        assertThat(mode(state.resolve("unhunch0.log"))).isEqualTo(FILE_MODE);
        assertThat(Files.readString(state.resolve("unhunch0.log"))).contains("record number 9");
        assertThat(Files.size(state.resolve("unhunch0.log"))).isLessThan(600);
        try (var files = Files.list(state)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("unhunch0.log", "unhunch1.log");
        }
    }
}
