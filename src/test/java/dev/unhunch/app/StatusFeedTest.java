package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.activity.ActivityState;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.platform.ipc.IpcReply;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusFeedTest {

    private final List<IpcReply> published = new ArrayList<>();
    private final StatusFeed feed = new StatusFeed(published::add, ZoneOffset.UTC);

    private static EngineSnapshot counting(Duration untilMicro) {
        return new EngineSnapshot(Instant.EPOCH, BreakStage.COUNTING, null, null, untilMicro, Duration.ofMinutes(47),
                0, 3, false, false, null, true, ActivityState.ACTIVE, Duration.ZERO, false);
    }

    private static EngineSnapshot stage(BreakStage stage, BreakKind kind, boolean paused) {
        return new EngineSnapshot(Instant.EPOCH, stage, kind, Duration.ofSeconds(20), Duration.ofMinutes(20),
                Duration.ofMinutes(47), 0, 3, false, paused, null, true, ActivityState.ACTIVE, Duration.ZERO, false);
    }

    private List<String> lines() {
        return published.stream().map(IpcReply::message).toList();
    }

    @Test
    void beatsWithinTheSameMinutePublishNothing() {
        feed.accept(counting(Duration.ofSeconds(12 * 60)));
        feed.accept(counting(Duration.ofSeconds(11 * 60 + 31)));
        feed.accept(counting(Duration.ofSeconds(11 * 60 + 1)));
        feed.accept(counting(Duration.ofSeconds(11 * 60)));
        assertThat(lines()).containsExactly("micro break in 12m, long break in 47m", "micro break in 11m, long break in 47m");
    }

    @Test
    void everyChangeOfStateIsOneLine() {
        feed.accept(counting(Duration.ofMinutes(20)));
        feed.accept(stage(BreakStage.PAUSED, null, true));
        feed.accept(stage(BreakStage.PAUSED, null, true));
        feed.accept(counting(Duration.ofMinutes(20)));
        feed.accept(stage(BreakStage.NOTICE, BreakKind.MICRO, false));
        feed.accept(stage(BreakStage.BREAK, BreakKind.MICRO, false));
        feed.accept(stage(BreakStage.BREAK, BreakKind.MICRO, false));
        assertThat(lines()).containsExactly("micro break in 20m, long break in 47m", "paused",
                "micro break in 20m, long break in 47m", "micro break soon", "micro break now");
        assertThat(published.get(1).data()).containsEntry("running", true).containsEntry("stage", "paused")
                .containsEntry("breaks", "paused");
    }
}
