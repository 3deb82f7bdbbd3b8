package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How pactl's JSON is read: running streams on real sources count; monitors, corked streams and meters do not. */
class MicrophoneCheckTest {

    private static final String SOURCES = """
            [{"index":0,"name":"speakers.monitor","monitor_source":"speakers"},
             {"index":3,"name":"alsa_input.usb-mic","monitor_source":""}]""";

    @Test
    void aRunningStreamOnARealSourceIsARecording() throws Exception {
        assertThat(MicrophoneCheck.recording(SOURCES, """
                [{"index":7,"source":3,"corked":false,"resample_method":""}]""")).isTrue();
    }

    @Test
    void monitorsCorkedStreamsAndPeakMetersAreNot() throws Exception {
        assertThat(MicrophoneCheck.recording(SOURCES, """
                [{"index":7,"source":0,"corked":false},
                 {"index":8,"source":3,"corked":true},
                 {"index":9,"source":3,"corked":false,"resample_method":"peaks"}]""")).isFalse();
        assertThat(MicrophoneCheck.recording(SOURCES, "[]")).isFalse();
    }

    @Test
    void somethingThatIsNotPactlsJsonFailsTheCheck() {
        assertThatThrownBy(() -> MicrophoneCheck.recording(SOURCES, "Connection failure: Connection refused"))
                .isInstanceOf(InterruptionCheck.CheckFailedException.class);
    }
}
