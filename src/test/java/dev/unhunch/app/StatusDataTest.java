package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.activity.ActivityState;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.DeferralState;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.breaks.Interruption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code deferred} object of {@code status --json} (docs/cli.md). */
class StatusDataTest {

    private static EngineSnapshot counting(DeferralState deferred) {
        return new EngineSnapshot(Instant.parse("2026-11-23T09:00:00Z"), BreakStage.COUNTING, null, Duration.ZERO,
                Duration.ZERO, Duration.ofMinutes(40), 0, 3, false, false, null, true, ActivityState.ACTIVE,
                Duration.ofHours(1), false, null, deferred);
    }

    @Test
    void aWaitingBreakIsReportedWithItsReasonAndHowLongItHasWaited() {
        Map<String, Object> data = StatusData.of(counting(new DeferralState(Interruption.MICROPHONE,
                Duration.ofSeconds(185).plusMillis(600), false)), ZoneOffset.UTC);
        assertThat(data.get("deferred")).isEqualTo(Map.of("reason", "microphone", "sinceSeconds", 185L, "grace", false));
    }

    @Test
    void withoutAWaitThereIsNoDeferredKey() {
        assertThat(StatusData.of(counting(null), ZoneOffset.UTC)).doesNotContainKey("deferred");
    }
}
