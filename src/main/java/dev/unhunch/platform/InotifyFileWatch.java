package dev.unhunch.platform;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Watches one file name in one directory with Linux inotify, for a thread that already sleeps in
 * {@code poll()} and can add {@link #fd()} to it (the X11 engine thread): no thread of its own.
 *
 * <p>When the descriptor is readable, that thread calls {@link #onReadable()}. If an event
 * concerned the file, it then waits on the descriptor until {@code quiet} has passed without
 * further events and calls back once, so an editor's write-temp-and-rename or delete-and-recreate
 * causes one reload and never a transient "file missing". The price: <b>the calling thread is
 * busy for the quiet period</b> after an edit, and for at most {@link #MAX_SETTLE} when the file is
 * rewritten without pause; events that keep coming after that are served by the next call.
 *
 * <p>{@link #close()} may come from any thread; no callback starts after it.
 */
public final class InotifyFileWatch implements AutoCloseable {

    /** Longest the calling thread waits for a file to settle before calling back anyway. */
    public static final Duration MAX_SETTLE = Duration.ofSeconds(2);

    static final int IN_CLOSE_WRITE = 0x8;
    static final int IN_MOVED_FROM = 0x40;
    static final int IN_MOVED_TO = 0x80;
    static final int IN_CREATE = 0x100;
    static final int IN_DELETE = 0x200;
    static final int IN_Q_OVERFLOW = 0x4000;
    static final int IN_IGNORED = 0x8000;
    private static final int MASK = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE;
    /** {@code struct inotify_event} before its name: wd, mask, cookie, len. */
    private static final int HEADER = 16;
    private static final Log LOG = Log.of(InotifyFileWatch.class);

    private final PosixNative.LibC libc;
    private final int fd;
    private final Path dir;
    private final Path file;
    private final byte[] fileName;
    private final long quietNanos;
    private final Runnable onChange;
    // room for many events at once; one needs at most HEADER + NAME_MAX + 1 bytes
    private final byte[] buffer = new byte[4096];
    private final PosixNative.PollFd[] own;
    private boolean closed; // guarded by this

    private InotifyFileWatch(PosixNative.LibC libc, int fd, Path dir, String fileName, Duration quiet,
            Runnable onChange) {
        this.libc = libc;
        this.fd = fd;
        this.dir = dir;
        this.file = dir.resolve(fileName);
        this.fileName = fileName.getBytes(fileNameCharset());
        this.quietNanos = quiet.toNanos();
        this.onChange = onChange;
        this.own = PosixNative.PollFd.array(fd);
    }

    /** Whether this system has inotify (Linux). */
    public static boolean available() {
        return Platform.isLinux();
    }

    /**
     * Starts watching; nothing happens until the caller polls {@link #fd()}.
     *
     * @param dir an existing directory
     * @param fileName the name of the file in {@code dir} to watch
     * @param quiet how long events must stop before {@code onChange} runs
     * @param onChange runs on the thread that calls {@link #onReadable()}
     * @throws IOException when inotify cannot be had (not Linux, no libc, out of watches or
     *     descriptors, no such directory)
     */
    public static InotifyFileWatch open(Path dir, String fileName, Duration quiet, Runnable onChange)
            throws IOException {
        Objects.requireNonNull(onChange, "onChange");
        if (!available()) {
            throw new IOException("inotify is only on Linux");
        }
        PosixNative.LibC libc;
        int fd;
        try {
            libc = PosixNative.libc();
            fd = libc.inotify_init1(PosixNative.O_NONBLOCK | PosixNative.O_CLOEXEC);
        } catch (UnsatisfiedLinkError e) {
            throw new IOException("no inotify in the C library: " + e.getMessage(), e);
        }
        if (fd < 0) {
            throw new IOException("inotify_init1 failed (errno " + Native.getLastError() + ")");
        }
        if (libc.inotify_add_watch(fd, dir.toString(), MASK) < 0) {
            int errno = Native.getLastError();
            libc.close(fd);
            throw new IOException("cannot watch " + dir + " with inotify (errno " + errno + ")");
        }
        return new InotifyFileWatch(libc, fd, dir, fileName, quiet, onChange);
    }

    /** The descriptor to poll for {@code POLLIN}; stays the same until {@link #close()}. */
    public int fd() {
        return fd;
    }

    /**
     * Serves a readable {@link #fd()}: reads the pending events and, when one concerned the file,
     * waits for it to settle (see the class comment) and calls back once. Returns at once when no
     * event concerned the file. A {@link RuntimeException} from the callback is logged.
     */
    public void onReadable() {
        if (!drain()) {
            return;
        }
        long start = System.nanoTime();
        long settled = start + quietNanos;
        long cap = start + MAX_SETTLE.toNanos();
        while (true) {
            long left = Math.min(settled, cap) - System.nanoTime();
            if (left <= 0 || isClosed()) {
                break;
            }
            // rounded up: a 0 ms poll would spin through the last fraction of a millisecond
            PosixNative.poll(libc, own, 1, (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000));
            if (drain()) {
                settled = System.nanoTime() + quietNanos;
            }
        }
        if (!isClosed()) {
            try {
                onChange.run();
            } catch (RuntimeException e) {
                LOG.warn("Reloading after a change of " + file + " failed", e);
            }
        }
    }

    /**
     * Reads every pending event without blocking.
     *
     * @return whether one concerned the file (or events were lost, which may hide one)
     */
    public boolean drain() {
        boolean concerned = false;
        synchronized (this) {
            // reads under the lock and only while open: after close() the number may be another file's
            if (closed) {
                return false;
            }
            long read;
            while ((read = libc.read(fd, buffer, new NativeLong(buffer.length)).longValue()) > 0) {
                concerned |= concernsFile(buffer, (int) read);
            }
        }
        return concerned;
    }

    /** Whether the events in {@code events[0, length)} concern the file. */
    private boolean concernsFile(byte[] events, int length) {
        ByteBuffer in = ByteBuffer.wrap(events, 0, length).order(ByteOrder.nativeOrder());
        boolean concerned = false;
        while (in.remaining() >= HEADER) {
            in.getInt(); // wd: there is one watch
            int mask = in.getInt();
            in.getInt(); // cookie: a rename's two halves need no pairing to be noticed
            int nameLength = in.getInt();
            int nameStart = in.position();
            in.position(Math.min(in.limit(), nameStart + nameLength));
            if ((mask & IN_Q_OVERFLOW) != 0) {
                concerned = true;
            } else if ((mask & IN_IGNORED) != 0) {
                LOG.warn("The watch of " + dir + " ended (the folder was removed or moved); edits to it are no"
                        + " longer picked up until a restart");
            } else {
                concerned |= nameIs(events, nameStart, nameLength);
            }
        }
        return concerned;
    }

    /** Compares the NUL-padded name at {@code start} with the file name. */
    private boolean nameIs(byte[] events, int start, int length) {
        int end = start;
        while (end < start + length && events[end] != 0) {
            end++;
        }
        return Arrays.equals(events, start, end, fileName, 0, fileName.length);
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Stops watching; a wait for the file to settle in progress ends without a callback. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            libc.close(fd);
        }
    }

    /** The charset the JDK uses for file names, which the kernel hands back as bytes. */
    private static Charset fileNameCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
