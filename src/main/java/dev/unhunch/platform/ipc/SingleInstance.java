package dev.unhunch.platform.ipc;

import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Ownership of the one running Unhunch per user: an OS file lock on {@code unhunch.lock} (with
 * the owner's PID written in it) and the {@code unhunch.sock} Unix domain socket, both in the
 * runtime directory, which is kept user-only (0700; the socket and lock file 0600).
 *
 * <p>The OS releases the lock when its owner dies, even by {@code kill -9}, so a free lock means
 * whatever socket file is left behind is stale and may be replaced. The lock is never deleted
 * (deleting a lock file lets two processes lock different files); only the socket is.
 */
public final class SingleInstance implements AutoCloseable {

    public static final String LOCK_FILE = "unhunch.lock";
    public static final String SOCKET_FILE = "unhunch.sock";
    /** The locked byte lies past the PID text so that other processes can still read the PID on Windows. */
    private static final long LOCK_POSITION = 1L << 20;

    private static final Log LOG = Log.of(SingleInstance.class);

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final OptionalLong previousPid;
    private IpcServer server;

    private SingleInstance(Path dir, FileChannel lockChannel, FileLock lock, OptionalLong previousPid) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.previousPid = previousPid;
    }

    /** Where the socket of the instance using {@code runtimeDir} lives. */
    public static Path socketPath(Path runtimeDir) {
        return runtimeDir.resolve(SOCKET_FILE);
    }

    /**
     * Takes ownership unless another live process holds the lock.
     *
     * @return the ownership, or empty when another process owns the instance
     * @throws IOException when the directory or lock file cannot be made private and usable
     */
    public static Optional<SingleInstance> tryAcquire(Path runtimeDir) throws IOException {
        Path dir = PrivateFiles.directory(runtimeDir);
        Path lockFile = dir.resolve(LOCK_FILE);
        // never through a symbolic link: one planted here would make us truncate its target
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            PrivateFiles.restrict(lockFile);
            lock = channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM (tests)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        OptionalLong previous = readPid(channel);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return Optional.of(new SingleInstance(dir, channel, lock, previous));
    }

    /** The PID written by the current owner, if it can be read (for messages only). */
    public static OptionalLong ownerPid(Path runtimeDir) {
        try (FileChannel channel = FileChannel.open(runtimeDir.resolve(LOCK_FILE), StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            return readPid(channel);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The PID left in the lock file by an earlier owner, e.g. one that crashed. */
    public OptionalLong previousPid() {
        return previousPid;
    }

    /** The runtime directory holding the lock and socket. */
    public Path directory() {
        return dir;
    }

    /**
     * Replaces any stale socket file, binds the socket user-only and starts answering requests on
     * a thread of its own. No TCP port is ever opened.
     */
    public synchronized IpcServer serve(IpcHandler handler, Duration readTimeout) throws IOException {
        if (server != null) {
            throw new IllegalStateException("already serving");
        }
        Path socket = socketPath(dir);
        if (Files.deleteIfExists(socket)) {
            String who = previousPid.isPresent() ? "PID " + previousPid.getAsLong() + ", "
                    + (ProcessHandle.of(previousPid.getAsLong()).map(ProcessHandle::isAlive).orElse(false)
                        ? "a live process that no longer holds the lock" : "no longer running")
                    : "unknown process";
            LOG.info("Took over from an instance that did not exit cleanly (" + who + "); removed its socket");
        }
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(socket));
            PrivateFiles.restrict(socket);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        server = IpcServer.start(channel, handler, readTimeout);
        LOG.info("Listening for commands on " + socket);
        return server;
    }

    /** Stops the server, removes the socket, then releases the lock (in that order). */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
            try {
                Files.deleteIfExists(socketPath(dir));
            } catch (IOException e) {
                LOG.debug(() -> "Could not remove the socket: " + e.getMessage());
            }
        }
        try {
            if (lockChannel.isOpen()) {
                lock.release();
                lockChannel.close();
            }
        } catch (IOException e) {
            LOG.debug(() -> "Could not release the lock: " + e.getMessage());
        }
    }

    private static OptionalLong readPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int n = channel.read(buffer, 0);
            if (n <= 0) {
                return OptionalLong.empty();
            }
            String text = new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).strip();
            return OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** POSIX permission strings, exposed for tests that check them. */
    static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
