package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.Interruption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The macOS checks against the real CoreAudio and CoreMediaIO, on macOS only. A CI Mac has no
 * call going, so the checks must answer (no failure) and find the built-in devices where there
 * are some; recording itself is not started here (it would need the microphone permission).
 */
@EnabledOnOs(OS.MAC)
class MacChecksTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void coreAudioListsItsDevicesAndAnswers() throws Exception {
        MacDeviceCheck microphone = new MacDeviceCheck(Interruption.MICROPHONE, TIMEOUT);
        microphone.holds(); // answered within the bound, no OSStatus error
        assertThat(microphone.availability()).startsWith("available (CoreAudio");
        assertThat(microphone.devices()).allSatisfy(d -> assertThat(d.id()).isPositive());
        if (Integer.parseInt(System.getProperty("os.version").split("\\.")[0]) >= 14) {
            assertThat(MacDeviceCheck.processesRecording()).isNotNull(); // the exact answer is used
        }
    }

    @Test
    void coreMediaIoAnswers() throws Exception {
        MacDeviceCheck camera = new MacDeviceCheck(Interruption.CAMERA, TIMEOUT);
        camera.holds();
        assertThat(camera.availability()).startsWith("available (CoreMediaIO");
    }
}
