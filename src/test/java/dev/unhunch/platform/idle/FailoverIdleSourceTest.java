package dev.unhunch.platform.idle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.platform.idle.IdleSourceCandidate.Kind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Switching to the next candidate when the current one stops working at run time. */
class FailoverIdleSourceTest {

    private final FakeIdleSource x11 = new FakeIdleSource("x11", Duration.ofSeconds(7));
    private final FakeIdleSource pointer = new FakeIdleSource("pointer", Duration.ofSeconds(2));
    private int pointerOpens;

    private FailoverIdleSource open() {
        pointer.seesKeyboard = false;
        return FailoverIdleSource.open(List.of(
                new IdleSourceCandidate(Kind.X11_SYNC_IDLETIME, () -> x11),
                new IdleSourceCandidate(Kind.POINTER, () -> {
                    pointerOpens++;
                    return pointer;
                })));
    }

    @Test
    void answersFromTheFirstCandidateAndOpensNothingElse() {
        FailoverIdleSource source = open();
        assertThat(source.idleTime()).isEqualTo(Duration.ofSeconds(7));
        assertThat(source.seesKeyboard()).isTrue();
        assertThat(pointerOpens).isZero();
    }

    @Test
    void switchesToTheNextWithinTheSameCall() {
        FailoverIdleSource source = open();
        source.idleTime();
        x11.broken = true;
        assertThat(source.idleTime()).isEqualTo(Duration.ofSeconds(2));
        assertThat(x11.closed).isTrue();
        assertThat(source.currentKind()).contains(Kind.POINTER);
        assertThat(source.seesKeyboard()).isFalse();
        assertThat(source.attempts()).containsExactly("x11: stopped working: x11 broke");
        assertThat(source.idleTime()).isEqualTo(Duration.ofSeconds(2));
        assertThat(pointerOpens).isEqualTo(1);
    }

    @Test
    void endsOnNoneWhenEveryCandidateBreaks() {
        FailoverIdleSource source = open();
        x11.broken = true;
        pointer.broken = true;
        assertThat(source.idleTime()).isZero();
        assertThat(source.currentKind()).isEmpty();
        assertThat(source.attempts()).hasSize(2);
        assertThat(source.name()).startsWith("none");
    }

    @Test
    void closeClosesTheCurrentSourceAndLaterQueriesFail() {
        FailoverIdleSource source = open();
        source.close();
        source.close();
        assertThat(x11.closed).isTrue();
        assertThatThrownBy(source::idleTime).isInstanceOf(IdleSourceUnavailableException.class);
    }
}
