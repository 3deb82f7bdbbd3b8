package dev.unhunch.app;

import dev.unhunch.core.log.Log;
import dev.unhunch.platform.NativeHeap;
import java.time.Duration;

/**
 * Once the app has settled after start, collects the start-up garbage and hands the freed Java
 * heap and C heap back to the system: an idle tray app should cost what it uses while it waits,
 * not what starting took. With the packaged options ({@code -XX:MaxHeapFreeRatio}) the collector
 * also shrinks the heap it keeps. The same again a few seconds after each break's windows have
 * closed (disposed): what the notice and break window took is handed back, not held all day.
 * One short-lived thread each time; nothing runs in between.
 */
final class MemoryTrim {

    private static final Log LOG = Log.of(MemoryTrim.class);
    /** Late enough that the tray, the first status and the history have settled. */
    static final Duration AFTER_START = Duration.ofSeconds(20);

    private MemoryTrim() {
    }

    /**
     * @param prepare start-up work that should not wait for its first use, run first on this
     *     thread (the stretch catalog and a first plan, off the engine's command path)
     */
    static void scheduleAfterStart(Runnable prepare) {
        trimAfter(prepare, AFTER_START);
    }

    /** After a break: the windows are gone already, so trim at once (off the caller's thread). */
    static void afterBreak() {
        trimAfter(() -> { }, Duration.ZERO);
    }

    private static void trimAfter(Runnable prepare, Duration delay) {
        Thread thread = new Thread(() -> {
            try {
                prepare.run();
            } catch (RuntimeException e) {
                LOG.warn("preparing after start failed; it is done when first needed", e);
            }
            try {
                Thread.sleep(delay.toMillis());
                trimNow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "unhunch-trim");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static void trimNow() {
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory();
        long started = System.nanoTime();
        System.gc(); // the one explicit collection: start-up garbage, so that the heap can shrink
        boolean trimmed = NativeHeap.trim();
        long after = runtime.totalMemory();
        LOG.info(() -> String.format("Memory settled in %d ms: Java heap %d → %d KB committed, C heap %s",
                (System.nanoTime() - started) / 1_000_000, before / 1024, after / 1024,
                trimmed ? "trimmed" : "unchanged"));
    }
}
