package dev.unhunch.platform.idle;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pointer fallback with a scripted pointer and a hand-driven ticker. */
class PointerIdleSourceTest {

    private long nanos = 5_000_000_000L;
    private Point pointer = new Point(100, 100);
    private final PointerIdleSource source = new PointerIdleSource(() -> pointer, () -> nanos);

    private void advance(Duration d) {
        nanos += d.toNanos();
    }

    @Test
    void startsAtZeroAndGrowsWhileThePointerRests() {
        assertThat(source.idleTime()).isZero();
        advance(Duration.ofSeconds(3));
        assertThat(source.idleTime()).isEqualTo(Duration.ofSeconds(3));
        advance(Duration.ofMillis(2_500));
        assertThat(source.idleTime()).isEqualTo(Duration.ofMillis(5_500));
    }

    @Test
    void aMoveResetsToZero() {
        source.idleTime();
        advance(Duration.ofSeconds(30));
        pointer = new Point(101, 100);
        assertThat(source.idleTime()).isZero();
        advance(Duration.ofSeconds(2));
        assertThat(source.idleTime()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anUnknownPointerNeitherResetsNorForgetsThePosition() {
        source.idleTime();
        advance(Duration.ofSeconds(4));
        pointer = null;
        assertThat(source.idleTime()).isEqualTo(Duration.ofSeconds(4));
        pointer = new Point(100, 100);
        advance(Duration.ofSeconds(1));
        assertThat(source.idleTime()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void saysItIsDegraded() {
        assertThat(source.seesKeyboard()).isFalse();
        assertThat(source.name()).contains("pointer only — keyboard activity is not seen");
    }
}
