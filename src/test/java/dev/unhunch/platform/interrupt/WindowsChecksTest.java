package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;
import dev.unhunch.core.breaks.Interruption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The Windows checks against the real registry and shell32, on Windows only. The consent-store
 * test writes a made-up program of its own under {@code NonPackaged} (the real layout, the real
 * value types) and removes it afterwards; it never touches another app's values.
 */
@EnabledOnOs(OS.WINDOWS)
class WindowsChecksTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String ROOT = ConsentStore.ROOT + "\\microphone";
    private static final String PROGRAM = ROOT + "\\" + ConsentStore.NON_PACKAGED + "\\C:#unhunch-test#recorder.exe";
    private boolean created;

    @AfterEach
    void removeTheMadeUpProgram() {
        if (created && Advapi32Util.registryKeyExists(WinReg.HKEY_CURRENT_USER, PROGRAM)) {
            Advapi32Util.registryDeleteKey(WinReg.HKEY_CURRENT_USER, PROGRAM);
        }
    }

    @Test
    void aProgramRecordingNowIsSeenAndOneThatStoppedIsNot() throws Exception {
        if (!Advapi32Util.registryKeyExists(WinReg.HKEY_CURRENT_USER, ConsentStore.ROOT)) {
            return; // Windows before 1903: the check says unavailable, tested below
        }
        boolean othersRecording = WindowsConsentCheck.microphone(TIMEOUT).holds();
        Advapi32Util.registryCreateKey(WinReg.HKEY_CURRENT_USER, ROOT + "\\" + ConsentStore.NON_PACKAGED);
        Advapi32Util.registryCreateKey(WinReg.HKEY_CURRENT_USER, PROGRAM);
        created = true;
        Advapi32Util.registrySetLongValue(WinReg.HKEY_CURRENT_USER, PROGRAM, ConsentStore.START, 133_780_000_000_000_000L);
        Advapi32Util.registrySetLongValue(WinReg.HKEY_CURRENT_USER, PROGRAM, ConsentStore.STOP, 0L);
        assertThat(WindowsConsentCheck.microphone(TIMEOUT).holds()).isTrue();

        Advapi32Util.registrySetLongValue(WinReg.HKEY_CURRENT_USER, PROGRAM, ConsentStore.STOP, 133_780_000_100_000_000L);
        assertThat(WindowsConsentCheck.microphone(TIMEOUT).holds()).isEqualTo(othersRecording);
    }

    @Test
    void theCameraCheckAnswers() throws Exception {
        WindowsConsentCheck.camera(TIMEOUT).holds(); // no exception: the registry answered
        assertThat(WindowsConsentCheck.camera(TIMEOUT).availability()).matches("(available|unavailable) \\(.*\\)");
    }

    @Test
    void shell32AnswersWithAKnownState() throws Exception {
        WindowsNotificationStateCheck fullScreen = new WindowsNotificationStateCheck(Interruption.FULL_SCREEN, TIMEOUT);
        fullScreen.holds();
        assertThat(fullScreen.availability()).startsWith("available (").doesNotContain("unknown state");
        assertThat(new WindowsNotificationStateCheck(Interruption.DO_NOT_DISTURB, TIMEOUT).availability())
                .contains("Focus Assist");
    }
}
