package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.Interruption;
import org.junit.jupiter.api.Test;

/** What each answer of SHQueryUserNotificationState means for a break (values from shellapi.h). */
class NotificationStateTest {

    @Test
    void fullScreenDirect3dAndPresentationSettingsAreFullScreen() {
        assertThat(NotificationState.reason(2)).isEqualTo(Interruption.FULL_SCREEN);
        assertThat(NotificationState.reason(3)).isEqualTo(Interruption.FULL_SCREEN);
        assertThat(NotificationState.reason(4)).isEqualTo(Interruption.FULL_SCREEN);
    }

    @Test
    void quietTimeIsDoNotDisturb() {
        assertThat(NotificationState.reason(6)).isEqualTo(Interruption.DO_NOT_DISTURB);
    }

    @Test
    void nobodyThereAStoreAppOrNothingGivesNoReason() {
        assertThat(NotificationState.reason(1)).isNull(); // locked or screen saver: idle time covers it
        assertThat(NotificationState.reason(5)).isNull();
        assertThat(NotificationState.reason(7)).isNull();
        assertThat(NotificationState.reason(0)).isNull();
        assertThat(NotificationState.reason(42)).isNull();
    }

    @Test
    void namesForDiagnose() {
        assertThat(NotificationState.name(3)).isEqualTo("QUNS_RUNNING_D3D_FULL_SCREEN");
        assertThat(NotificationState.name(9)).isEqualTo("unknown state 9");
    }
}
