package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.Interruption;
import dev.unhunch.platform.idle.Environment;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Which checks each operating system gets. Building them touches no native library (they load on
 * first question), so this runs everywhere; the native questions are tested on their own OS
 * ({@link WindowsChecksTest}, {@link MacChecksTest}).
 */
class InterruptionChecksByOsTest {

    @Test
    void windowsAsksTheConsentStoreAndTheNotificationState() {
        InterruptionChecks checks = InterruptionChecks.forEnvironment(Environment.of("Windows 11", Map.of()));
        assertThat(checks.check(Interruption.MICROPHONE)).isInstanceOf(WindowsConsentCheck.class);
        assertThat(checks.check(Interruption.CAMERA)).isInstanceOf(WindowsConsentCheck.class);
        assertThat(checks.check(Interruption.FULL_SCREEN)).isInstanceOf(WindowsNotificationStateCheck.class);
        assertThat(checks.check(Interruption.DO_NOT_DISTURB)).isInstanceOf(WindowsNotificationStateCheck.class);
        for (Interruption kind : Interruption.values()) {
            assertThat(checks.check(kind).kind()).isEqualTo(kind);
        }
    }

    @Test
    void macAsksCoreAudioAndCoreMediaIoAndSaysWhatItCannot() {
        InterruptionChecks checks = InterruptionChecks.forEnvironment(Environment.of("Mac OS X", Map.of()));
        assertThat(checks.check(Interruption.MICROPHONE)).isInstanceOf(MacDeviceCheck.class);
        assertThat(checks.check(Interruption.CAMERA)).isInstanceOf(MacDeviceCheck.class);
        assertThat(checks.check(Interruption.FULL_SCREEN).availability()).startsWith("unavailable (")
                .contains("no public API");
        assertThat(checks.check(Interruption.DO_NOT_DISTURB).availability()).startsWith("unavailable (")
                .contains("Focus");
        // the unavailable ones never hold and never touch a native library
        assertThat(checks.ask(EnumSet.of(Interruption.FULL_SCREEN, Interruption.DO_NOT_DISTURB))).isNull();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutTheirLibrariesTheNativeChecksSayUnavailableAndHoldNothingBack() {
        for (String os : List.of("Windows 11", "Mac OS X")) {
            InterruptionChecks checks = InterruptionChecks.forEnvironment(Environment.of(os, Map.of()));
            for (Interruption kind : Interruption.values()) {
                assertThat(checks.check(kind).availability()).as(os + " " + kind).startsWith("unavailable (");
            }
            assertThat(checks.ask(EnumSet.allOf(Interruption.class))).as(os).isNull();
        }
    }

    @Test
    void linuxKeepsItsDesktopTools() {
        InterruptionChecks checks = InterruptionChecks.forEnvironment(
                Environment.of("Linux", Map.of("XDG_SESSION_TYPE", "x11", "DISPLAY", ":99")));
        assertThat(checks.check(Interruption.MICROPHONE)).isInstanceOf(MicrophoneCheck.class);
        assertThat(checks.check(Interruption.CAMERA)).isInstanceOf(CameraCheck.class);
        assertThat(checks.check(Interruption.FULL_SCREEN)).isInstanceOf(FullScreenCheck.class);
        assertThat(checks.check(Interruption.DO_NOT_DISTURB)).isInstanceOf(DoNotDisturbCheck.class);
    }
}
