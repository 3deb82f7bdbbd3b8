package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.platform.interrupt.InterruptionCheck.CheckFailedException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A native question answers, fails as a failed check, or is given up when it hangs. */
class NativeCallTest {

    @Test
    void answers() throws Exception {
        assertThat(NativeCall.within(Duration.ofSeconds(5), "q", () -> 42)).isEqualTo(42);
    }

    @Test
    void aThrowingCallIsAFailedCheck() {
        assertThatThrownBy(() -> NativeCall.within(Duration.ofSeconds(5), "shell32", () -> {
            throw new UnsatisfiedLinkError("no shell32");
        })).isInstanceOf(CheckFailedException.class).hasMessageContaining("shell32").hasMessageContaining("no shell32");
    }

    @Test
    void aFailedCheckInsideKeepsItsMessage() {
        assertThatThrownBy(() -> NativeCall.within(Duration.ofSeconds(5), "q", () -> {
            throw new CheckFailedException("OSStatus -1");
        })).isInstanceOf(CheckFailedException.class).hasMessage("OSStatus -1");
    }

    @Test
    void aHangingCallIsGivenUpAndLeftOnItsDaemonThread() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try {
            assertThatThrownBy(() -> NativeCall.within(Duration.ofMillis(50), "CoreAudio", () -> {
                never.await();
                return true;
            })).isInstanceOf(CheckFailedException.class).hasMessageContaining("did not answer within 50 ms");
        } finally {
            never.countDown();
        }
    }
}
