package dev.unhunch.platform;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Creates files and directories that only their owner can read: mode {@code 0700} for
 * directories and {@code 0600} for files where the file system has POSIX modes.
 *
 * <p>On file systems without POSIX modes (Windows) nothing is changed: the per-user profile
 * folders ({@code %APPDATA%}) already carry an owner-only ACL that new files inherit.
 */
public final class FilePermissions {

    /** {@code rwx------}. */
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** {@code rw-------}. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private FilePermissions() {
    }

    /** Whether the default file system supports POSIX modes. */
    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates {@code dir} and any missing parents; every directory created here gets mode 0700,
     * and {@code dir} itself is set to 0700 even when it existed. Parents that existed are left as
     * they are.
     */
    public static Path createPrivateDirectories(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = abs; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            if (posix(p)) {
                Files.createDirectory(p, PosixFilePermissions.asFileAttribute(DIRECTORY));
                Files.setPosixFilePermissions(p, DIRECTORY); // the umask may have removed bits
            } else {
                Files.createDirectory(p);
            }
        }
        restrict(abs, DIRECTORY);
        return dir;
    }

    /** Attributes for {@link Files#createFile} / {@link Files#createTempFile}: 0600 where possible. */
    public static FileAttribute<?>[] privateFileAttributes(Path dir) {
        return posix(dir)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** Sets a file to 0600 where the file system supports it. */
    public static void restrictFile(Path file) throws IOException {
        restrict(file, FILE);
    }

    private static void restrict(Path p, Set<PosixFilePermission> perms) throws IOException {
        if (posix(p) && !Files.getPosixFilePermissions(p).equals(perms)) {
            Files.setPosixFilePermissions(p, perms);
        }
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
