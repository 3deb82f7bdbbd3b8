package dev.unhunch.platform.ipc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the runtime directory and what lies in it readable by the user only. On file systems
 * without POSIX permissions (Windows) the per-user profile directory already is private.
 */
final class PrivateFiles {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /**
     * Creates the directory if needed and makes it 0700. Fails when it is a symbolic link or
     * belongs to someone else, also if someone made it between the check and the creation, so the
     * lock and the socket are never placed where others could reach them.
     */
    static Path directory(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Files.createDirectories(absolute);
        Optional<String> problem = RuntimeDirectory.problem(absolute);
        if (problem.isPresent()) {
            throw new IOException(absolute + " cannot be trusted: " + problem.get());
        }
        if (Files.getFileAttributeView(absolute, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(absolute, DIRECTORY);
        }
        return absolute;
    }

    /** Makes a file 0600 where POSIX permissions exist. */
    static void restrict(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }
}
