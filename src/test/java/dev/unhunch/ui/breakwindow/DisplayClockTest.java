package dev.unhunch.ui.breakwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Between two engine updates the shown time runs on by at most a second and never backwards. */
class DisplayClockTest {

    private static final long S = 1_000_000_000L;

    private static BreakTime at(long elapsedSeconds, boolean holding) {
        Duration length = Duration.ofSeconds(20);
        Duration elapsed = Duration.ofSeconds(elapsedSeconds);
        return new BreakTime(BreakKind.MICRO, false, length, elapsed, length.minus(elapsed), length,
                Duration.ZERO, holding, false);
    }

    @Test
    void runsOnBetweenUpdatesByAtMostASecond() {
        DisplayClock clock = new DisplayClock();
        clock.reset(at(5, false), 0);
        assertThat(clock.elapsed(S / 2)).isEqualTo(Duration.ofMillis(5500));
        assertThat(clock.left(S / 2)).isEqualTo(Duration.ofMillis(14500));
        assertThat(clock.elapsed(3 * S)).as("a late update").isEqualTo(Duration.ofSeconds(6));
        clock.update(at(6, false), 3 * S);
        assertThat(clock.elapsed(3 * S + S / 4)).isEqualTo(Duration.ofMillis(6250));
    }

    @Test
    void standsStillWhileHeldAndNeverRunsBackwards() {
        DisplayClock clock = new DisplayClock();
        clock.reset(at(5, false), 0);
        assertThat(clock.elapsed(S * 9 / 10)).isEqualTo(Duration.ofMillis(5900));
        clock.update(at(5, true), S);
        assertThat(clock.elapsed(2 * S)).isEqualTo(Duration.ofMillis(5900));
        clock.update(at(6, false), 3 * S);
        assertThat(clock.elapsed(3 * S)).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void theEndShowsOnlyWhenTheEngineSaysSoAndANewBreakStartsAtZero() {
        DisplayClock clock = new DisplayClock();
        clock.reset(at(19, false), 0);
        assertThat(clock.left(5 * S)).as("the last second stays").isEqualTo(Duration.ofMillis(1));
        assertThat(BreakTexts.shortTime(clock.left(5 * S))).isEqualTo("1 s");
        clock.update(at(20, false), 5 * S);
        assertThat(clock.elapsed(5 * S)).isEqualTo(Duration.ofSeconds(20));
        assertThat(clock.left(5 * S)).isZero();
        clock.reset(at(0, false), 6 * S);
        assertThat(clock.elapsed(6 * S)).isZero();
    }
}
