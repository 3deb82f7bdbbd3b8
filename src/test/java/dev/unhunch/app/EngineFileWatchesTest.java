package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unhunch.core.breaks.TickPlan;
import dev.unhunch.platform.InotifyFileWatch;
import dev.unhunch.platform.idle.X11IdleAlarm;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.storage.FileWatchStarter;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings file watched on the engine thread's X11 wait, and moved to the JDK's watcher
 * thread when that waiter fails: the real store, waiter, alarm and inotify watch.
 */
@RequiresDisplay
class EngineFileWatchesTest {

    @TempDir
    Path dir;

    private X11AlarmWaiter waiter;
    private FileSettingsStore store;
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        assumeTrue(InotifyFileWatch.available(), "inotify is Linux only");
        waiter = new X11AlarmWaiter(X11IdleAlarm.open());
        store = new FileSettingsStore(dir, null);
        store.load();
        store.addListener(s -> {
            heard.add(s.maxSnoozes() + " on " + Thread.currentThread().getName());
            waiter.wakeUp(); // as BreakRuntime.updateSettings does, through Heartbeat.submit
        });
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        if (waiter != null) {
            waiter.close();
        }
    }

    @Test
    void editsAreReloadedOnTheWaitingThreadAndByAThreadOfTheirOwnOnceItFails() throws Exception {
        store.startWatching(new EngineFileWatches(waiter, FileWatchStarter.jdk()));
        assertThat(threadNames()).doesNotContain("unhunch-settings-watch");

        Files.writeString(store.file(), "snooze.max = 7\n");
        long start = System.nanoTime();
        waiter.await(new TickPlan(Duration.ofSeconds(2), Duration.ofSeconds(10), TickPlan.Watch.NOTHING, Duration.ZERO),
                Duration.ZERO);
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(heard).containsExactly("7 on " + Thread.currentThread().getName());
        assertThat(waitedMillis).as("settled, then the listener's wake-up ended the wait")
                .isBetween(FileSettingsStore.DEBOUNCE.toMillis() - 50, 5_000L);

        waiter.abandon(); // what Heartbeat does when a wait fails
        assertThat(threadNames()).contains("unhunch-settings-watch");
        Files.writeString(store.file(), "snooze.max = 8\n");
        Waits.until("the edit reloaded by the JDK watcher", 10_000, () -> heard.size() == 2);
        assertThat(heard.get(1)).isEqualTo("8 on unhunch-settings-watch");

        store.close();
        Waits.until("the watcher thread gone", 5_000, () -> !threadNames().contains("unhunch-settings-watch"));
    }

    @Test
    void anEditBetweenTheTwoWatchesIsNotMissed() throws Exception {
        store.startWatching(new EngineFileWatches(waiter, FileWatchStarter.jdk()));
        Files.writeString(store.file(), "snooze.max = 5\n"); // no wait serves it before the failure
        waiter.abandon();
        assertThat(heard).containsExactly("5 on " + Thread.currentThread().getName());
    }

    private static List<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).toList();
    }
}
