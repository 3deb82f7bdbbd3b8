package dev.unhunch.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts watching one file in a directory: the seam through which the composition root can serve
 * the settings file's watch on a thread it already has (the engine thread on Linux/X11) instead
 * of the {@linkplain #jdk() JDK's watch service}, without storage knowing about either.
 */
@FunctionalInterface
public interface FileWatchStarter {

    /**
     * Calls {@code onChange}, debounced, when the file is created, changed, replaced or deleted.
     *
     * @param dir an existing directory
     * @param fileName the name of the file in {@code dir}
     * @param quiet how long events must stop before {@code onChange} runs
     * @param onChange what to do; runs on a thread of the watch's choosing and must not block on
     *     the engine thread
     * @return a handle whose {@code close()} stops the watch
     * @throws IOException when the watch cannot be started
     */
    AutoCloseable watch(Path dir, String fileName, Duration quiet, Runnable onChange) throws IOException;

    /** The JDK's watch service, with a thread of its own ({@code unhunch-settings-watch}); works everywhere. */
    static FileWatchStarter jdk() {
        return FileWatcher::new;
    }
}
