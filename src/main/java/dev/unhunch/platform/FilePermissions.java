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
     * and {@code dir} itself loses any group and other bits even when it existed (its owner's bits
     * are left as they are). Parents that existed are left as they are.
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

    /** Takes group and other bits off a file (0644 becomes 0600) where the file system has modes. */
    public static void restrictFile(Path file) throws IOException {
        restrict(file, FILE);
    }

    /**
     * Takes away every bit {@code allowed} does not have (group and others), and adds none: an
     * owner who made the folder read-only on purpose keeps it read-only.
     */
    private static void restrict(Path p, Set<PosixFilePermission> allowed) throws IOException {
        if (posix(p)) {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(p);
            if (!allowed.containsAll(now)) {
                Set<PosixFilePermission> kept = java.util.EnumSet.noneOf(PosixFilePermission.class);
                kept.addAll(now);
                kept.retainAll(allowed);
                Files.setPosixFilePermissions(p, kept);
            }
        }
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
