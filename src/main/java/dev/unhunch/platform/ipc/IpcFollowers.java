package dev.unhunch.platform.ipc;

import dev.unhunch.core.log.Log;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The connections of {@code unhunch status --follow} clients after their first reply. They hold no
 * thread: each one is a socket in the list, written to without waiting by whoever publishes (the
 * engine thread, once per changed status line) and probed for a closed peer when a new follower
 * needs room. A follower that stops reading is dropped once its socket buffer is full rather than
 * ever making the publisher wait. At most {@value #MAX_FOLLOWERS} at a time.
 */
final class IpcFollowers {

    /** Followers at a time; one more is told so and closed (fds stay bounded). */
    static final int MAX_FOLLOWERS = 16;

    private static final Log LOG = Log.of(IpcFollowers.class);

    private final List<LineChannel> lines = new ArrayList<>();
    private boolean closed;

    /**
     * Keeps the connection for later lines; false (the caller replies and closes it) when
     * {@value #MAX_FOLLOWERS} live followers are already there or the server is closing.
     */
    synchronized boolean add(LineChannel line) {
        if (closed) {
            return false;
        }
        if (lines.size() >= MAX_FOLLOWERS) {
            lines.removeIf(existing -> existing.peerGone() && closeQuietly(existing));
        }
        if (lines.size() >= MAX_FOLLOWERS) {
            return false;
        }
        lines.add(line);
        return true;
    }

    /** Sends the line to every follower, without waiting; drops those that do not take it. */
    synchronized void publish(String encoded) {
        for (Iterator<LineChannel> it = lines.iterator(); it.hasNext(); ) {
            LineChannel line = it.next();
            if (!line.offerLine(encoded)) {
                LOG.debug(() -> "IPC: a follower left or stopped reading; dropped it");
                closeQuietly(line);
                it.remove();
            }
        }
    }

    /** Followers connected now (for tests and diagnostics). */
    synchronized int count() {
        return lines.size();
    }

    /** Sends the last line to every follower and closes them all; later adds are refused. */
    synchronized void close(String goodbye) {
        closed = true;
        for (LineChannel line : lines) {
            line.offerLine(goodbye);
            closeQuietly(line);
        }
        lines.clear();
    }

    private static boolean closeQuietly(LineChannel line) {
        try {
            line.close();
        } catch (Exception e) {
            LOG.debug(() -> "IPC: closing a follower: " + e.getMessage());
        }
        return true;
    }
}
