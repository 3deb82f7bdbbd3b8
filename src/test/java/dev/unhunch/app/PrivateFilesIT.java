package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.RequiresDisplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From the first start, everything the app creates in a fresh home is private to the user; and a
 * pause too long or shown to the user goes as the command line promises.
 */
@RequiresDisplay
class PrivateFilesIT {

    @TempDir
    Path home;

    @Test
    void everythingCreatedIsPrivateFromTheFirstStart() throws Exception {
        try (AppProcesses apps = new AppProcesses(home)) {
            Process app = apps.startApp();
            apps.awaitReady(app);
            AppProcesses.Result tooLong = apps.cli("pause", "3000000h");
            assertThat(tooLong.exit()).as(tooLong.toString()).isEqualTo(2);
            assertThat(tooLong.err()).contains("longer than a year");
            AppProcesses.Result paused = apps.cli("pause", "1h30m"); // a history record: the journal exists
            assertThat(paused.exit()).as(paused.toString()).isZero();
            assertThat(paused.out()).matches("(?s)Breaks paused until (tomorrow )?\\d\\d:\\d\\d\\.\\s*");

            List<String> notPrivate = new ArrayList<>();
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.toList()) {
                    Path rel = home.relativize(p);
                    if (rel.toString().isEmpty() || rel.getNameCount() == 1 && !Files.isDirectory(p)) {
                        continue; // the home itself, and the test's own output files in it
                    }
                    String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                    String want = Files.isDirectory(p) ? "rwx------" : Files.isRegularFile(p) ? "rw-------" : null;
                    if (want != null && !mode.equals(want)) {
                        notPrivate.add(mode + " " + rel);
                    }
                }
            }
            assertThat(notPrivate).as("created with other modes").isEmpty();
            assertThat(home.resolve("state/unhunch/unhunch0.log")).exists();
            try (Stream<Path> files = Files.list(home.resolve("state/unhunch"))) {
                assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("history-"));
            }
        }
    }
}
