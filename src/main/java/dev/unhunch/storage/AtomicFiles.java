package dev.unhunch.storage;

import dev.unhunch.core.log.Log;
import dev.unhunch.platform.FilePermissions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replaces a file (through symbolic links, their target) so that a crash at any moment leaves either the old or the new content, never
 * a mix: the bytes go to a temporary file in the same directory, which is flushed to disk
 * ({@link FileChannel#force}) and then renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. The directory is synced afterwards where the OS allows
 * it, so the rename itself survives a power cut.
 *
 * <p>Optionally the previous content is first copied to a backup file the same way, so the
 * backup is also always complete.
 */
public final class AtomicFiles {

    private static final Log LOG = Log.of(AtomicFiles.class);
    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime());

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target} atomically, with mode 0600.
     *
     * @param backup where to keep the previous content of {@code target}, or null for no backup
     * @throws IOException with a message naming the file and the cause (read-only folder, disk
     *     full, ...); the target is then unchanged and no temporary file is left behind
     */
    public static void write(Path link, byte[] bytes, Path backup) throws IOException {
        Path target = throughLinks(link);
        Path dir = target.toAbsolutePath().getParent();
        try {
            Path tmp = writeTemp(dir, target.getFileName().toString(), bytes);
            try {
                if (backup != null && Files.isRegularFile(target)) {
                    // the backup stays beside the link; its temp file must be on the backup's own
                    // file system, or the atomic move fails when the link points to another mount
                    Path bakTmp = writeTemp(backup.toAbsolutePath().getParent(), backup.getFileName().toString(),
                            Files.readAllBytes(target));
                    try {
                        move(bakTmp, backup);
                    } finally {
                        Files.deleteIfExists(bakTmp);
                    }
                }
                move(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
            syncDirectory(dir);
        } catch (IOException e) {
            throw new IOException("Could not save " + target + ": " + reason(e)
                    + ". The previous file is unchanged.", e);
        }
    }

    /**
     * Creates {@code target} with {@code bytes} (mode 0600) only if nothing is there yet, not even
     * a dangling symbolic link; like {@link #write} a crash leaves either no file or all of it.
     *
     * @return false, touching nothing, when {@code target} exists
     * @throws IOException with a message naming the file and the cause
     */
    public static boolean create(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Path tmp = writeTemp(dir, target.getFileName().toString(), bytes);
            try {
                // without REPLACE_EXISTING the move refuses a target that appeared meanwhile
                Files.move(tmp, target);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.deleteIfExists(tmp);
            }
            syncDirectory(dir);
            return true;
        } catch (IOException e) {
            throw new IOException("Could not create " + target + ": " + reason(e), e);
        }
    }

    /**
     * The file a path names after following symbolic links, so that a save replaces the link's
     * target (a settings file kept in a dotfiles repository stays there) rather than the link. A
     * link to a file that does not exist yet names that file.
     */
    static Path throughLinks(Path path) {
        Path p = path.toAbsolutePath();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            try {
                // relative to the folder's real location, as the kernel resolves it: a textual
                // normalize() of "../x" under a linked folder would name another file
                p = p.getParent().toRealPath().resolve(Files.readSymbolicLink(p));
            } catch (IOException | UnsupportedOperationException e) {
                return path;
            }
        }
        return p;
    }

    /**
     * Deletes the temporary files that interrupted writes of {@code target} left behind. Only
     * safe while no other process writes {@code target}.
     */
    public static void deleteTemporaryFiles(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".tmp")) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.debug(() -> "cleaning temporary files in " + dir + ": " + e);
        }
    }

    /** A readable cause: read-only folder, full disk, or the system's own message. */
    public static String reason(IOException e) {
        String msg = String.valueOf(e instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : e.getMessage());
        if (e instanceof AccessDeniedException || msg.contains("Read-only file system")
                || msg.contains("Permission denied")) {
            return "the folder " + (e instanceof FileSystemException f && f.getFile() != null
                    ? Path.of(f.getFile()).getParent() : "") + " is read-only or not writable (" + msg + ")";
        }
        if (msg.contains("No space left") || msg.contains("not enough space") || msg.contains("Disk quota")) {
            return "the disk is full (" + msg + ")";
        }
        return msg;
    }

    private static Path writeTemp(Path dir, String name, byte[] bytes) throws IOException {
        // our own unique name rather than Files.createTempFile, whose SecureRandom costs start-up time
        Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + ".tmp");
        FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW),
                FilePermissions.privateFileAttributes(dir)); // fails without touching a file that exists
        try (ch) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Makes the renames durable; not possible (and not needed) on Windows. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug(() -> "directory sync not supported for " + dir + ": " + e);
        }
    }
}
