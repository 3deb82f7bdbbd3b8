package dev.unhunch.ui.session;

import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.BreakEvent;
import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.stretch.RoutinePlanner;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.core.stretch.StretchPreferences;
import dev.unhunch.core.time.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real {@link BreakEngine} on fake time, ticked on its own thread as the app's heartbeat does,
 * with the real {@link SwingBreakUi} and {@link EngineBreakActions}. Time moves only when a test
 * says so, one heartbeat per second; nothing sleeps to wait for a break.
 */
final class BreakSession implements AutoCloseable {

    static final StretchCatalog CATALOG = StretchCatalog.bundled();

    final FakeTime time = new FakeTime(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    final List<BreakEvent> events = new CopyOnWriteArrayList<>();
    final List<String> stretchesUsed = new CopyOnWriteArrayList<>();
    final SwingBreakUi ui;
    final BreakEngine engine;
    private final ExecutorService engineThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-engine");
        t.setDaemon(true);
        return t;
    });
    private long lastInputNanos;

    BreakSession(Settings settings) {
        this(settings, 7);
    }

    /** A session whose stretches are planned from {@code plannerSeed}. */
    BreakSession(Settings settings, long plannerSeed) {
        RoutinePlanner planner = new RoutinePlanner(CATALOG, new Random(plannerSeed));
        ui = new SwingBreakUi(planner, () -> settings, StretchPreferences::defaults);
        ui.setTicker(time); // the window's display timer runs on the fake time too
        engine = new BreakEngine(time, time.clock(), settings, ui, events::add);
        ui.setActions(new EngineBreakActions(engine, engineThread));
        ui.setStretchesUsedListener((kind, ids) -> stretchesUsed.add(kind.word() + " " + ids));
        lastInputNanos = time.nanos();
    }

    /** Default settings with long breaks off, so the micro break comes after 20 min. */
    static Settings microOnly() {
        return Settings.defaults().toBuilder().longEnabled(false).build();
    }

    /** The user types for {@code d}: one heartbeat per second with fresh input. */
    BreakSession active(Duration d) {
        return run(d, true);
    }

    /** The user rests for {@code d}: one heartbeat per second, idle time growing. */
    BreakSession idle(Duration d) {
        return run(d, false);
    }

    /** Types until the engine offers a break (about 19:45 for the micro break by default). */
    BreakSession untilNotice() {
        onEngine(() -> {
            for (int s = 0; s < 3 * 3600 && engine.stage() != BreakStage.NOTICE; s++) {
                time.advance(Duration.ofSeconds(1));
                lastInputNanos = time.nanos();
                engine.tick(Duration.ZERO);
            }
            return null;
        });
        if (stage() != BreakStage.NOTICE) {
            throw new AssertionError("expected a notice, stage is " + stage());
        }
        return this;
    }

    private BreakSession run(Duration d, boolean typing) {
        onEngine(() -> {
            for (long s = 0; s < d.toSeconds(); s++) {
                time.advance(Duration.ofSeconds(1));
                if (typing) {
                    lastInputNanos = time.nanos();
                }
                engine.tick(Duration.ofNanos(time.nanos() - lastInputNanos));
            }
            return null;
        });
        return this;
    }

    BreakStage stage() {
        return onEngine(engine::stage);
    }

    EngineSnapshot snapshot() {
        return onEngine(engine::snapshot);
    }

    /** Events of one type, as "TYPE kind note". */
    List<String> events(BreakEventType type) {
        return events.stream().filter(e -> e.type() == type)
                .map(e -> e.type() + " " + (e.kind() == null ? "-" : e.kind().word())
                        + (e.note().isEmpty() ? "" : " " + e.note()))
                .toList();
    }

    long count(BreakEventType type, BreakKind kind) {
        return events.stream().filter(e -> e.type() == type && e.kind() == kind).count();
    }

    <T> T onEngine(Callable<T> work) {
        try {
            return engineThread.submit(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("engine work failed", e);
        }
    }

    @Override
    public void close() {
        engineThread.shutdownNow();
    }
}
