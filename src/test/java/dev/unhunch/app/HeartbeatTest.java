package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.BreakUi;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.breaks.PauseRequest;
import dev.unhunch.core.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
