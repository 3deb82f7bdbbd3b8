package dev.unhunch.platform.ipc;

import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the directory that holds the lock and the command socket, trusting a directory only
 * when nobody else can have put something in it: it is a real directory (not a symlink) owned by
 * this user, or does not exist yet under a parent that only this user (or, sticky like
 * {@code /tmp}, only each file's owner) can change. {@code $XDG_RUNTIME_DIR} is meant to be
 * such a place, but it can be set to a shared directory. When the preferred directory fails the
 * test, a private one in the user's state directory is used instead, with the reason.
 *
 * <p>The app and the command-line client choose the same way, so they meet at the same socket;
 * choosing never creates anything.
 */
public final class RuntimeDirectory {

    private static final Log LOG = Log.of(RuntimeDirectory.class);
    private static final int STICKY = 01000;

    private RuntimeDirectory() {
    }

    /** The directory and, when it is the fallback, why the preferred one was passed over. */
    public record Choice(Path path, Optional<String> passedOver) {
    }

    /**
     * {@code preferred} when it can be trusted, else {@code fallback}, with a logged warning that
     * says why (the app's log; a command-line client prints it on standard error).
     *
     * @param preferred usually {@code $XDG_RUNTIME_DIR/unhunch}
     * @param fallback a directory under the user's home, e.g. {@code ~/.local/state/unhunch/run}
     */
    public static Choice choose(Path preferred, Path fallback) {
        if (preferred.equals(fallback)) {
            return new Choice(preferred, Optional.empty());
        }
        Optional<String> problem = problem(preferred.toAbsolutePath());
        if (problem.isEmpty()) {
            return new Choice(preferred, Optional.empty());
        }
        LOG.warn("Not using " + preferred + " for Unhunch's lock and socket (" + problem.get() + "); using "
                + fallback + " instead");
        return new Choice(fallback, problem);
    }

    /** Why {@code dir} cannot be trusted, or empty when it can. */
    static Optional<String> problem(Path dir) {
        try {
            if (Files.getFileAttributeView(dir.getParent() == null ? dir : dir.getParent(),
                    PosixFileAttributeView.class) == null) {
                return Optional.empty(); // no POSIX owners (Windows): the per-user profile is private
            }
            UserPrincipal me = currentUser();
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isSymbolicLink(dir)) {
                    return Optional.of("it is a symbolic link");
                }
                PosixFileAttributes attributes = attributes(dir);
                if (!attributes.isDirectory()) {
                    return Optional.of("it is not a directory");
                }
                if (!attributes.owner().equals(me)) {
                    return Optional.of("it belongs to " + attributes.owner().getName() + ", not " + me.getName());
                }
                return Optional.empty();
            }
            Path parent = dir.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                return Optional.empty(); // created with its parents, all ours
            }
            PosixFileAttributes attributes = attributes(parent.toRealPath());
            Set<PosixFilePermission> mode = attributes.permissions();
            boolean othersMayWrite = mode.contains(PosixFilePermission.GROUP_WRITE)
                    || mode.contains(PosixFilePermission.OTHERS_WRITE);
            if (!attributes.owner().equals(me) && !attributes.owner().getName().equals("root")) {
                return Optional.of("its parent " + parent + " belongs to " + attributes.owner().getName());
            }
            if (othersMayWrite && !sticky(parent)) {
                return Optional.of("others may write in its parent " + parent);
            }
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("cannot be checked: " + e.getMessage());
        }
    }

    private static PosixFileAttributes attributes(Path path) throws IOException {
        return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean sticky(Path dir) {
        try {
            return (((Integer) Files.getAttribute(dir, "unix:mode")) & STICKY) != 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // cannot tell: treat as not sticky
        }
    }

    /**
     * This process's user, as the file system names owners: on Linux the owner of
     * {@code /proc/self} (by uid, so a user without a password-database entry works too),
     * elsewhere looked up by name.
     */
    static UserPrincipal currentUser() throws IOException {
        Path self = Path.of("/proc/self");
        if (Files.isDirectory(self)) {
            return Files.getOwner(self);
        }
        return Path.of("/").getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }
}
