package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The macOS device lists read as a MacBook reports them: built-in microphone (input), built-in
 * speakers (output only), a USB headset (both), and a virtual camera.
 */
class MacDevicesTest {

    private static final MacDevices.Device MICROPHONE = new MacDevices.Device(41, 1, false);
    private static final MacDevices.Device SPEAKERS = new MacDevices.Device(48, 0, false);

    @Test
    void fourCharacterCodesMatchTheHeaders() {
        assertThat(MacDevices.DEVICES).isEqualTo(0x64657623); // 'dev#'
        assertThat(MacDevices.IS_RUNNING_SOMEWHERE).isEqualTo(0x676F6E65); // 'gone'
        assertThat(MacDevices.SCOPE_GLOBAL).isEqualTo(0x676C6F62); // 'glob'
        assertThat(MacDevices.SCOPE_INPUT).isEqualTo(0x696E7074); // 'inpt'
        assertThat(MacDevices.STREAMS).isEqualTo(0x73746D23); // 'stm#'
        assertThat(MacDevices.PROCESS_OBJECT_LIST).isEqualTo(0x70727323); // 'prs#'
        assertThat(MacDevices.PROCESS_IS_RUNNING_INPUT).isEqualTo(0x70697269); // 'piri'
        assertThatThrownBy(() -> MacDevices.fourCharCode("dev")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunningInputDeviceIsRecording() {
        assertThat(MacDevices.recording(List.of(new MacDevices.Device(41, 1, true), SPEAKERS))).isTrue();
    }

    @Test
    void playingMusicOnSpeakersIsNotRecording() {
        assertThat(MacDevices.recording(List.of(MICROPHONE, new MacDevices.Device(48, 0, true)))).isFalse();
    }

    @Test
    void beforeMacOs14AHeadsetThatRunsCountsAsRecording() {
        // the device does not say which direction of a two-way device runs (see MacDeviceCheck)
        assertThat(MacDevices.recording(List.of(MICROPHONE, SPEAKERS, new MacDevices.Device(77, 1, true)))).isTrue();
    }

    @Test
    void onMacOs14TheProcessesDecideAndAHeadsetThatOnlyPlaysIsNotRecording() {
        List<MacDevices.Device> headsetPlaying = List.of(MICROPHONE, new MacDevices.Device(77, 1, true));
        assertThat(MacDevices.recording(List.of(false, false), headsetPlaying)).isFalse();
        assertThat(MacDevices.recording(List.of(false, true), List.of(MICROPHONE))).isTrue();
        assertThat(MacDevices.recording(List.of(), List.of(MICROPHONE))).isFalse();
    }

    @Test
    void beforeMacOs14TheDevicesDecide() {
        assertThat(MacDevices.recording(null, List.of(MICROPHONE, new MacDevices.Device(77, 1, true)))).isTrue();
        assertThat(MacDevices.recording(null, List.of(MICROPHONE))).isFalse();
    }

    @Test
    void nothingRunningIsNothing() {
        assertThat(MacDevices.recording(List.of(MICROPHONE, SPEAKERS))).isFalse();
        assertThat(MacDevices.recording(List.of())).isFalse();
        assertThat(MacDevices.filming(List.of(new MacDevices.Device(90, 1, false)))).isFalse();
    }

    @Test
    void aRunningCameraIsFilming() {
        assertThat(MacDevices.filming(List.of(new MacDevices.Device(90, 1, false), new MacDevices.Device(91, 1, true))))
                .isTrue();
    }
}
