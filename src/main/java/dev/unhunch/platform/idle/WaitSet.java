package dev.unhunch.platform.idle;

import dev.unhunch.core.log.Log;
import dev.unhunch.platform.PosixNative;
import java.util.ArrayList;
import java.util.List;

/**
 * The descriptors one wait of {@link X11IdleAlarm} polls: the X connection, the wake pipe and the
 * extra readers that other code asked the waiting thread to serve (so that it needs no thread of
 * its own). Readers are added and removed from any thread; the waiting thread rebuilds its poll
 * array from them before its next {@code poll()}.
 */
final class WaitSet {

    private static final Log LOG = Log.of(WaitSet.class);
    private static final int OWN = 2;

    private final int connectionFd;
    private final int wakeFd;
    private final List<Entry> readers = new ArrayList<>(); // guarded by this
    private boolean changed = true; // guarded by this
    // the waiting thread's own copy, so that poll() never holds the lock
    private PosixNative.PollFd[] pollFds;
    private Entry[] polled;
    private int count;

    WaitSet(int connectionFd, int wakeFd) {
        this.connectionFd = connectionFd;
        this.wakeFd = wakeFd;
    }

    /** Serves {@code fd} from the next poll on; {@code onReadable} runs on the waiting thread. */
    synchronized Entry add(int fd, Runnable onReadable) {
        Entry entry = new Entry(fd, onReadable);
        readers.add(entry);
        changed = true;
        return entry;
    }

    /** Stops serving a reader; a handler already running finishes. */
    synchronized void remove(Entry entry) {
        entry.active = false;
        changed |= readers.remove(entry);
    }

    /** Drops every reader (without telling them: their owners close them). */
    synchronized void clear() {
        readers.forEach(entry -> entry.active = false);
        readers.clear();
        changed = true;
    }

    /** Polls the descriptors for at most {@code timeoutMillis}; waiting thread only. */
    void poll(PosixNative.LibC libc, int timeoutMillis) {
        refresh();
        PosixNative.poll(libc, pollFds, count, timeoutMillis);
    }

    /**
     * Runs the handler of each reader the last poll found ready and that is still served, on this
     * (the waiting) thread. A failing handler is logged and the others still run.
     */
    void serveReady() {
        for (int i = OWN; i < count; i++) {
            Entry entry = polled[i];
            if (!pollFds[i].ready() || !entry.active) {
                continue;
            }
            if ((pollFds[i].revents & PosixNative.POLLNVAL) != 0) {
                // closed without being removed: polling it again would return at once, forever
                LOG.warn("Descriptor " + entry.fd + " was closed while still being watched; no longer serving it");
                remove(entry);
                continue;
            }
            try {
                entry.onReadable.run();
            } catch (RuntimeException e) {
                LOG.warn("Serving descriptor " + entry.fd + " on the waiting thread failed", e);
            }
        }
    }

    private void refresh() {
        Entry[] now;
        synchronized (this) {
            if (!changed) {
                return;
            }
            changed = false;
            now = readers.toArray(Entry[]::new);
        }
        int[] fds = new int[OWN + now.length];
        fds[0] = connectionFd;
        fds[1] = wakeFd;
        polled = new Entry[fds.length];
        for (int i = 0; i < now.length; i++) {
            fds[OWN + i] = now[i].fd;
            polled[OWN + i] = now[i];
        }
        pollFds = PosixNative.PollFd.array(fds);
        count = fds.length;
    }

    /** One extra reader. */
    static final class Entry {
        final int fd;
        final Runnable onReadable;
        volatile boolean active = true;

        Entry(int fd, Runnable onReadable) {
            this.fd = fd;
            this.onReadable = onReadable;
        }
    }
}
