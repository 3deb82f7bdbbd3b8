package dev.unhunch.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inotify watch on real files, served as the engine thread serves it: poll its descriptor,
 * then {@link InotifyFileWatch#onReadable()}. Timing is the watch's own poll-based settling.
 */
class InotifyFileWatchTest {

    private static final String NAME = "settings.properties";
    private static final Duration QUIET = Duration.ofMillis(200);

    @TempDir
    Path dir;

    private Path file;
    private final List<Boolean> calls = new CopyOnWriteArrayList<>(); // whether the file existed then
    private InotifyFileWatch watch;

    @BeforeEach
    void open() throws IOException {
        assumeTrue(InotifyFileWatch.available(), "inotify is Linux only");
        file = dir.resolve(NAME);
        Files.writeString(file, "a = 1\n");
        watch = InotifyFileWatch.open(dir, NAME, QUIET, () -> calls.add(Files.exists(file)));
    }

    @AfterEach
    void close() {
        if (watch != null) {
            watch.close();
        }
    }

    @Test
    void anEditorsWriteAndRenameOverCallsBackOnce() throws IOException {
        Path tmp = dir.resolve(NAME + ".tmp~");
        Files.writeString(tmp, "a = 2\n");
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(file, "a = 3\n"); // and a second save right after

        serveNextEvent();

        assertThat(calls).containsExactly(true);
        assertThat(readable(Duration.ZERO)).as("every event was read").isFalse();
    }

    @Test
    void deleteThenRecreateCallsBackOnceWithTheFileThere() throws Exception {
        watch.close();
        // longer quiet: the re-creation below must land inside it even on a busy machine
        watch = InotifyFileWatch.open(dir, NAME, Duration.ofSeconds(1), () -> calls.add(Files.exists(file)));
        Files.delete(file);
        assertThat(readable(Duration.ofSeconds(5))).isTrue();
        CompletableFuture<Void> engine = CompletableFuture.runAsync(watch::onReadable);
        Files.writeString(file, "a = 4\n");
        engine.get(5, TimeUnit.SECONDS);

        assertThat(calls).as("one call, never a transient 'file missing'").containsExactly(true);
    }

    @Test
    void otherFilesInTheFolderDoNotCallBack() throws IOException {
        Files.writeString(dir.resolve(NAME + ".bak"), "x");
        Files.writeString(dir.resolve("settings"), "x");
        Files.move(dir.resolve("settings"), dir.resolve("other.properties"));
        Files.delete(dir.resolve("other.properties"));

        serveNextEvent();

        assertThat(calls).isEmpty();
    }

    @Test
    void noCallbackAfterClose() throws Exception {
        Files.writeString(file, "a = 5\n");
        assertThat(readable(Duration.ofSeconds(5))).isTrue();
        watch.close();
        watch.onReadable();
        assertThat(calls).isEmpty();
    }

    @Test
    void closingWhileTheFileSettlesCancelsTheCallback() throws Exception {
        watch.close();
        watch = InotifyFileWatch.open(dir, NAME, Duration.ofSeconds(30), () -> calls.add(true));
        Files.writeString(file, "a = 6\n");
        assertThat(readable(Duration.ofSeconds(5))).isTrue();
        CompletableFuture<Void> engine = CompletableFuture.runAsync(watch::onReadable);
        watch.close();
        // settling is capped anyway; the close makes it end without a call
        engine.get(InotifyFileWatch.MAX_SETTLE.toMillis() + 3_000, TimeUnit.MILLISECONDS);
        assertThat(calls).isEmpty();
    }

    @Test
    void aFileRewrittenWithoutPauseHoldsTheThreadAtMostTheCap() throws Exception {
        watch.close();
        // a quiet period no stall of the writer below can pass by accident
        watch = InotifyFileWatch.open(dir, NAME, Duration.ofSeconds(1), () -> calls.add(true));
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            int i = 0;
            while (writing.get()) {
                try {
                    Files.writeString(file, "a = " + i++ + "\n");
                    Thread.sleep(50); // paces the writer well within the quiet period
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        try {
            assertThat(readable(Duration.ofSeconds(5))).isTrue();
            long start = System.nanoTime();
            watch.onReadable();
            long heldMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(calls).hasSize(1);
            assertThat(heldMillis).isBetween(InotifyFileWatch.MAX_SETTLE.toMillis() - 50,
                    InotifyFileWatch.MAX_SETTLE.toMillis() + 1_000);
        } finally {
            writing.set(false);
            writer.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFolderThatCannotBeWatchedFailsToOpen() {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> InotifyFileWatch.open(missing, NAME, QUIET, () -> { }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(missing.toString());
    }

    /** Waits (bounded) for the file events to arrive, then serves them as the engine thread would. */
    private void serveNextEvent() {
        assertThat(readable(Duration.ofSeconds(5))).as("an inotify event arrived").isTrue();
        watch.onReadable();
    }

    private boolean readable(Duration timeout) {
        PosixNative.PollFd[] fds = PosixNative.PollFd.array(watch.fd());
        return PosixNative.poll(PosixNative.libc(), fds, 1, (int) timeout.toMillis()) > 0 && fds[0].ready();
    }
}
