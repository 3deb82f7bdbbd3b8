package dev.unhunch.app;

import dev.unhunch.core.log.Log;
import dev.unhunch.platform.InotifyFileWatch;
import dev.unhunch.platform.idle.X11IdleAlarm;
import dev.unhunch.storage.FileWatchStarter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * File watches served by the engine thread on Linux/X11: the watch's inotify descriptor joins the
 * {@code poll()} the {@link X11AlarmWaiter} sleeps in, so neither a watcher thread of ours nor the
 * JDK's inotify thread runs. Callbacks run on the engine thread, which is busy for the quiet
 * period after an edit (see {@link InotifyFileWatch}); that is fine for the settings, whose
 * listeners only submit work to the engine and never wait for it.
 *
 * <p>When inotify cannot be had, or the waiter fails at run time (the heartbeat then polls), a
 * watch moves to the {@code fallback} starter (the JDK's watcher thread), with a log line.
 */
final class EngineFileWatches implements FileWatchStarter {

    private static final Log LOG = Log.of(EngineFileWatches.class);

    private final X11AlarmWaiter waiter;
    private final FileWatchStarter fallback;

    EngineFileWatches(X11AlarmWaiter waiter, FileWatchStarter fallback) {
        this.waiter = Objects.requireNonNull(waiter, "waiter");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public AutoCloseable watch(Path dir, String fileName, Duration quiet, Runnable onChange) throws IOException {
        Path file = dir.resolve(fileName);
        InotifyFileWatch inotify;
        try {
            inotify = InotifyFileWatch.open(dir, fileName, quiet, onChange);
        } catch (IOException e) {
            LOG.info("Cannot watch " + file + " on the engine thread (" + e.getMessage()
                    + "); watching it with a thread of its own");
            return fallback.watch(dir, fileName, quiet, onChange);
        }
        MovableWatch watch = new MovableWatch(dir, fileName, quiet, onChange, inotify);
        try {
            watch.servedBy(waiter.serve(inotify.fd(), inotify::onReadable, watch::moveOff));
        } catch (IllegalStateException e) {
            inotify.close();
            LOG.info("Cannot watch " + file + " on the engine thread (" + e.getMessage()
                    + "); watching it with a thread of its own");
            return fallback.watch(dir, fileName, quiet, onChange);
        }
        LOG.info(() -> "Watching " + file + " on the engine thread (inotify)");
        return watch;
    }

    /** A watch on the engine thread until the waiter fails, then by the fallback starter. */
    private final class MovableWatch implements AutoCloseable {
        private final Path dir;
        private final String fileName;
        private final Duration quiet;
        private final Runnable onChange;
        private final InotifyFileWatch inotify;
        private X11IdleAlarm.Reader reader; // all guarded by this
        private AutoCloseable moved;
        private boolean closed;

        MovableWatch(Path dir, String fileName, Duration quiet, Runnable onChange, InotifyFileWatch inotify) {
            this.dir = dir;
            this.fileName = fileName;
            this.quiet = quiet;
            this.onChange = onChange;
            this.inotify = inotify;
        }

        synchronized void servedBy(X11IdleAlarm.Reader reader) {
            this.reader = reader;
        }

        /** The waiter failed: this runs on the engine thread, which now only polls. */
        void moveOff() {
            synchronized (this) {
                if (closed || moved != null) {
                    return;
                }
                inotify.close(); // the failed alarm has dropped its readers already
                Path file = dir.resolve(fileName);
                LOG.warn("The engine thread can no longer watch " + file + "; watching it with a thread of its own");
                try {
                    moved = fallback.watch(dir, fileName, quiet, onChange);
                } catch (IOException e) {
                    LOG.warn("Edits to " + file + " will be picked up only after a restart: " + e.getMessage());
                    return;
                }
            }
            // an edit may have fallen between the two watches; reading once is cheap and idempotent
            onChange.run();
        }

        @Override
        public synchronized void close() throws Exception {
            closed = true;
            if (reader != null) {
                reader.close(); // before the descriptor: its number may be reused at once
            }
            inotify.close();
            if (moved != null) {
                moved.close();
            }
        }
    }
}
