package dev.unhunch.storage;

import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Calls back, debounced, when one file in a directory is created, changed, replaced or deleted.
 *
 * <p>One daemon thread blocks in {@link WatchService#take()} while nothing happens, so an idle
 * watcher costs no wake-ups (on Linux the JDK's watch service is inotify). After an event the
 * thread waits until {@code quiet} has passed without further events, then calls back once: an
 * editor that writes a file in several steps causes one reload, not several.
 */
final class FileWatcher implements AutoCloseable {

    private static final Log LOG = Log.of(FileWatcher.class);

    private final WatchService service;
    private final Path fileName;
    private final long quietNanos;
    private final Runnable onChange;
    private final Thread thread;

    /**
     * Starts watching.
     *
     * @param dir an existing directory
     * @param fileName the name of the file in {@code dir} to watch
     * @param quiet how long events must stop before {@code onChange} runs
     * @param onChange runs on the watcher thread
     */
    FileWatcher(Path dir, String fileName, Duration quiet, Runnable onChange) throws IOException {
        this.service = dir.getFileSystem().newWatchService();
        this.fileName = Path.of(fileName);
        this.quietNanos = quiet.toNanos();
        this.onChange = onChange;
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(this::run, "unhunch-settings-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long due = 0;
        boolean pending = false;
        try {
            while (true) {
                WatchKey key;
                if (pending) {
                    long wait = due - System.nanoTime();
                    key = wait > 0 ? service.poll(wait, TimeUnit.NANOSECONDS) : null;
                } else {
                    key = service.take();
                }
                if (key != null) {
                    if (concernsFile(key)) {
                        pending = true;
                        due = System.nanoTime() + quietNanos;
                    }
                    key.reset();
                } else if (pending && System.nanoTime() - due >= 0) {
                    pending = false;
                    fire();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private boolean concernsFile(WatchKey key) {
        boolean hit = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            hit |= e.kind() == StandardWatchEventKinds.OVERFLOW || fileName.equals(e.context());
        }
        return hit;
    }

    private void fire() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.warn("Reloading after a change of " + fileName + " failed", e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug(() -> "closing the watch service: " + e);
        }
        thread.interrupt();
    }
}
