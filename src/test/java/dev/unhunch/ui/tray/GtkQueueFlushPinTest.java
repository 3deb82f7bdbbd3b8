package dev.unhunch.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dorkbox.systemTray.SystemTray;
import org.junit.jupiter.api.Test;

/**
 * {@link GtkQueueFlush} answers Dorkbox's "is this the GTK event thread?" in a way that is only
 * right for the code paths read in SystemTray 4.4 (with its JNA helpers 1.2). A Dorkbox update
 * must come with a new reading of those paths: this test fails until then.
 */
class GtkQueueFlushPinTest {

    @Test
    void theGtkQueueFixIsPinnedToTheDorkboxVersionItWasCheckedAgainst() {
        assertThat(SystemTray.getVersion())
                .as("re-check GtkQueueFlush against the new Dorkbox SystemTray, then update this pin")
                .isEqualTo("4.4");
    }
}
