package dev.unhunch.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Structure;

/**
 * The libc calls of the X11 idle alarm's waits in {@code poll()} on the engine thread, bound once.
 * Constants and layouts are those of Linux on x86-64 and aarch64.
 */
public final class PosixNative {

    /** {@code poll}: data to read. */
    public static final short POLLIN = 0x1;
    /** {@code poll}: an error condition (reported even when not asked for). */
    public static final short POLLERR = 0x8;
    /** {@code poll}: hung up (reported even when not asked for). */
    public static final short POLLHUP = 0x10;
    /** {@code poll}: the descriptor is not open (reported even when not asked for). */
    public static final short POLLNVAL = 0x20;
    /** {@code fcntl}: set the file status flags. */
    public static final int F_SETFL = 4;
    /** Non-blocking reads and writes. */
    public static final int O_NONBLOCK = 0x800;

    private static volatile LibC libc;

    private PosixNative() {
    }

    /** The calls, as JNA binds them (each bound when first called). */
    public interface LibC extends Library {
        int poll(PollFd fds, NativeLong count, int timeoutMillis);

        int pipe(int[] fds);

        NativeLong read(int fd, byte[] buffer, NativeLong count);

        NativeLong write(int fd, byte[] buffer, NativeLong count);

        int fcntl(int fd, int command, int argument);

        int close(int fd);
    }

    /** {@code struct pollfd}. */
    @Structure.FieldOrder({"fd", "events", "revents"})
    public static class PollFd extends Structure {
        public int fd;
        public short events;
        public short revents;

        /** Contiguous structures for one {@code poll()} call, each asking for {@link #POLLIN}. */
        public static PollFd[] array(int... fds) {
            PollFd[] array = (PollFd[]) new PollFd().toArray(Math.max(1, fds.length));
            for (int i = 0; i < fds.length; i++) {
                array[i].fd = fds[i];
                array[i].events = POLLIN;
            }
            return array;
        }

        /** Whether the last poll reported this descriptor readable or in a state a read would show. */
        public boolean ready() {
            return (revents & (POLLIN | POLLERR | POLLHUP | POLLNVAL)) != 0;
        }
    }

    /**
     * Polls {@code fds} for at most {@code timeoutMillis} (negative: no limit), then reads each
     * structure's {@code revents} back.
     *
     * @return what {@code poll()} returned: the number of ready descriptors, 0 on timeout, -1 on error
     */
    public static int poll(LibC libc, PollFd[] fds, int count, int timeoutMillis) {
        for (int i = 0; i < count; i++) {
            fds[i].revents = 0;
            fds[i].write();
        }
        int ready = libc.poll(fds[0], new NativeLong(count), timeoutMillis);
        for (int i = 0; i < count; i++) {
            fds[i].read();
        }
        return ready;
    }

    /**
     * The C library.
     *
     * @throws UnsatisfiedLinkError where there is none to load
     */
    public static LibC libc() {
        LibC loaded = libc;
        if (loaded == null) {
            // not in a static initializer: a failed load there would turn into NoClassDefFoundError
            loaded = Native.load("c", LibC.class);
            libc = loaded;
        }
        return loaded;
    }
}
