package dev.unhunch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePermissionsTest {

    @TempDir
    Path tmp;

    @Test
    void createdDirectoriesAreUserOnlyAndExistingParentsAreLeftAlone() throws Exception {
        Assumptions.assumeTrue(FilePermissions.posix(), "no POSIX modes on this file system");
        Path existing = Files.createDirectory(tmp.resolve("shared"));
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path target = existing.resolve("a/b/unhunch");

        FilePermissions.createPrivateDirectories(target);
        FilePermissions.createPrivateDirectories(target); // again: no error

        assertThat(Files.getPosixFilePermissions(existing)).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path p : new Path[] {existing.resolve("a"), existing.resolve("a/b"), target}) {
            assertThat(Files.getPosixFilePermissions(p)).as(p.toString()).isEqualTo(FilePermissions.DIRECTORY);
        }

        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxrwxrwx"));
        FilePermissions.createPrivateDirectories(target);
        assertThat(Files.getPosixFilePermissions(target)).as("the app directory itself is tightened")
                .isEqualTo(FilePermissions.DIRECTORY);

        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
        FilePermissions.createPrivateDirectories(target);
        assertThat(Files.getPosixFilePermissions(target)).as("an owner's read-only choice is kept")
                .isEqualTo(PosixFilePermissions.fromString("r-x------"));
        Files.setPosixFilePermissions(target, FilePermissions.DIRECTORY);

        Path file = Files.createFile(target.resolve("f"), FilePermissions.privateFileAttributes(target));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(FilePermissions.FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        FilePermissions.restrictFile(file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(FilePermissions.FILE);
    }
}
