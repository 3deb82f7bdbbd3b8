package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.BreakUi;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.breaks.PauseRequest;
import dev.unhunch.core.breaks.TickPlan;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.Ticker;
import dev.unhunch.testsupport.Waits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The engine thread: commands run on it, every beat publishes a snapshot, failures don't stop it. */
class HeartbeatTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private final BreakEngine engine = new BreakEngine(() -> 0L, clock, Settings.defaults(), BreakUi.none());

    @Test
    void commandsRunOnTheEngineThreadAndAreFollowedByABeat() throws Exception {
        BlockingQueue<EngineSnapshot> snapshots = new LinkedBlockingQueue<>();
        try (Heartbeat heartbeat = new Heartbeat(engine, idle(Duration.ZERO))) {
            heartbeat.addListener(snapshots::add);
            heartbeat.start();
            assertThat(snapshots.poll(5, TimeUnit.SECONDS)).isNotNull();

            String threadName = heartbeat.submit(e -> {
                e.pause(PauseRequest.indefinitely());
                return Thread.currentThread().getName();
            }).get(5, TimeUnit.SECONDS);

            assertThat(threadName).isEqualTo("unhunch-engine");
            EngineSnapshot after = snapshots.poll(5, TimeUnit.SECONDS);
            while (after != null && !after.paused()) {
                after = snapshots.poll(5, TimeUnit.SECONDS);
            }
            assertThat(after).isNotNull();
            assertThat(after.stage()).isEqualTo(BreakStage.PAUSED);
        }
    }

    @Test
    void runHereMakesTheCallingThreadTheEngineThreadUntilClosed() throws Exception {
        BlockingQueue<EngineSnapshot> snapshots = new LinkedBlockingQueue<>();
        Heartbeat heartbeat = new Heartbeat(engine, idle(Duration.ZERO));
        heartbeat.addListener(snapshots::add);
        Thread main = new Thread(heartbeat::runHere, "main-like");
        main.start();
        assertThat(snapshots.poll(5, TimeUnit.SECONDS)).isNotNull();

        String threadName = heartbeat.submit(e -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);
        assertThat(threadName).isEqualTo("main-like");

        heartbeat.close();
        main.join(5_000);
        assertThat(main.isAlive()).as("runHere returned after close").isFalse();
    }

    @Test
    void aHeartbeatClosedBeforeItBeatsNeverBeats() {
        AtomicInteger reads = new AtomicInteger();
        Heartbeat heartbeat = new Heartbeat(engine, new IdleSource() {
            @Override
            public Duration idleTime() {
                reads.incrementAndGet();
                return Duration.ZERO;
            }

            @Override
            public String name() {
                return "counting";
            }
        });
        heartbeat.close();
        heartbeat.runHere(); // returns at once instead of beating on this thread forever
        heartbeat.start();
        assertThat(reads).hasValue(0);
    }

    @Test
    void aFailingIdleSourceDoesNotStopTheBeat() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        IdleSource broken = new IdleSource() {
            @Override
            public Duration idleTime() {
                reads.incrementAndGet();
                throw new IdleSourceUnavailableException("display gone");
            }

            @Override
            public String name() {
                return "broken";
            }
        };
        BlockingQueue<EngineSnapshot> snapshots = new LinkedBlockingQueue<>();
        try (Heartbeat heartbeat = new Heartbeat(engine, broken)) {
            heartbeat.addListener(snapshots::add);
            heartbeat.start();
            heartbeat.wake();
            assertThat(snapshots.poll(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(snapshots.poll(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(reads).hasValueGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void anIdleUserIsWatchedForInputAndTheFirstInputIsDatedByTheEvent() throws Exception {
        ScriptedWaiter waiter = new ScriptedWaiter();
        AtomicReference<Duration> idle = new AtomicReference<>(Duration.ofHours(1));
        BreakEngine running = new BreakEngine(Ticker.system(), clock, Settings.defaults(), BreakUi.none());
        try (Heartbeat heartbeat = new Heartbeat(running, idle(idle), waiter)) {
            heartbeat.start();
            TickPlan first = waiter.plans.poll(5, TimeUnit.SECONDS);
            assertThat(first.watch()).isEqualTo(TickPlan.Watch.INPUT);
            idle.set(Duration.ZERO);
            waiter.wakes.add(BeatWaiter.Wake.INPUT);
            // input was seen: the engine now waits to see whether it is sustained (noise threshold)
            TickPlan afterInput = waiter.plans.poll(5, TimeUnit.SECONDS);
            assertThat(afterInput.watch()).isEqualTo(TickPlan.Watch.IDLE);
            assertThat(afterInput.idleThreshold()).isEqualTo(Settings.defaults().activity().noise());
            assertThat(heartbeat.waitDescription()).isEqualTo("scripted");
        }
    }

    @Test
    void aFailingWaiterIsReplacedByPolling() throws Exception {
        ScriptedWaiter waiter = new ScriptedWaiter();
        BlockingQueue<EngineSnapshot> snapshots = new LinkedBlockingQueue<>();
        try (Heartbeat heartbeat = new Heartbeat(engine, idle(Duration.ZERO), waiter)) {
            heartbeat.addListener(snapshots::add);
            heartbeat.start();
            assertThat(waiter.plans.poll(5, TimeUnit.SECONDS)).isNotNull();
            waiter.failNext = true;
            waiter.wakes.add(BeatWaiter.Wake.TIMEOUT);
            Waits.until("the failed waiter closed", 5_000, () -> waiter.closed);
            assertThat(heartbeat.waitDescription()).startsWith("polls");
            snapshots.clear();
            assertThat(heartbeat.submit(e -> "done").get(5, TimeUnit.SECONDS)).isEqualTo("done");
            assertThat(snapshots.poll(5, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void commandsSubmittedAfterCloseFailInsteadOfHanging() throws Exception {
        Heartbeat heartbeat = new Heartbeat(engine, idle(Duration.ZERO));
        heartbeat.start();
        heartbeat.close();
        assertThat(heartbeat.submit(e -> "late")).failsWithin(Duration.ofSeconds(2));
    }

    @Test
    void aFailingWaiterIsReplacedByWhatTheOwnerOffers() throws Exception {
        ScriptedWaiter waiter = new ScriptedWaiter();
        ScriptedWaiter next = new ScriptedWaiter();
        try (Heartbeat heartbeat = new Heartbeat(engine, idle(Duration.ZERO), waiter)) {
            heartbeat.afterWaiterFailure(() -> next);
            heartbeat.start();
            assertThat(waiter.plans.poll(5, TimeUnit.SECONDS)).isNotNull();
            waiter.failNext = true;
            waiter.wakes.add(BeatWaiter.Wake.TIMEOUT);
            assertThat(next.plans.poll(5, TimeUnit.SECONDS)).as("the next beat waits with the offered waiter").isNotNull();
            assertThat(waiter.closed).isTrue();
            next.wakes.add(BeatWaiter.Wake.TIMEOUT);
        }
    }

    @Test
    void aFailingSnapshotListenerNeitherSilencesTheOthersNorSlowsTheEngine() throws Exception {
        ScriptedWaiter waiter = new ScriptedWaiter();
        AtomicInteger heard = new AtomicInteger();
        try (Heartbeat heartbeat = new Heartbeat(engine, idle(Duration.ZERO), waiter)) {
            heartbeat.addListener(s -> {
                throw new IllegalStateException("a broken tray (expected in this test)");
            });
            heartbeat.addListener(s -> heard.incrementAndGet());
            heartbeat.start();
            TickPlan plan = waiter.plans.poll(5, TimeUnit.SECONDS);
            assertThat(heard).hasValue(1);
            assertThat(plan).as("the engine's own plan, not the 30 s wait after a failed beat")
                    .isEqualTo(engine.tickPlan());
            waiter.wakes.add(BeatWaiter.Wake.TIMEOUT);
        }
    }

    @Test
    void anErrorThatStopsTheEngineIsReportedButACloseIsNot() throws Exception {
        java.util.concurrent.CompletableFuture<String> failed = new java.util.concurrent.CompletableFuture<>();
        IdleSource broken = new IdleSource() {
            @Override
            public Duration idleTime() {
                throw new OutOfMemoryError("no room (expected in this test)");
            }

            @Override
            public String name() {
                return "broken";
            }
        };
        Heartbeat heartbeat = new Heartbeat(engine, broken);
        heartbeat.onFailure(() -> failed.complete(Thread.currentThread().getName()));
        heartbeat.start();
        assertThat(failed.get(5, TimeUnit.SECONDS)).isEqualTo("unhunch-engine");
        assertThat(heartbeat.submit(e -> "late")).failsWithin(Duration.ofSeconds(2));

        AtomicInteger told = new AtomicInteger();
        try (Heartbeat closed = new Heartbeat(engine, idle(Duration.ZERO))) {
            closed.onFailure(told::incrementAndGet);
            closed.start();
            assertThat(closed.submit(e -> "beating").get(5, TimeUnit.SECONDS)).isEqualTo("beating");
        }
        Thread.sleep(300); // the closed loop has ended by now (close waits up to 200 ms)
        assertThat(told).hasValue(0);
    }

    /** Hands each plan to the test and ends each wait as the test says. */
    private static final class ScriptedWaiter implements BeatWaiter {
        final BlockingQueue<TickPlan> plans = new LinkedBlockingQueue<>();
        final BlockingQueue<Wake> wakes = new LinkedBlockingQueue<>();
        volatile boolean failNext;
        volatile boolean closed;

        @Override
        public Wake await(TickPlan plan, Duration idleAtBeat) throws InterruptedException {
            plans.add(plan);
            Wake wake = wakes.take();
            if (failNext) {
                throw new IllegalStateException("X connection lost");
            }
            return wake;
        }

        @Override
        public void wakeUp() {
            wakes.add(Wake.WOKEN);
        }

        @Override
        public String describe() {
            return "scripted";
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static IdleSource idle(AtomicReference<Duration> value) {
        return new IdleSource() {
            @Override
            public Duration idleTime() {
                return value.get();
            }

            @Override
            public String name() {
                return "scripted";
            }
        };
    }

    private static IdleSource idle(Duration value) {
        return new IdleSource() {
            @Override
            public Duration idleTime() {
                return value;
            }

            @Override
            public String name() {
                return "fixed";
            }
        };
    }
}
