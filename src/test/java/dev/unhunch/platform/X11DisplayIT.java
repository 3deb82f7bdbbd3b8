package dev.unhunch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.TrayHost;
import dev.unhunch.testsupport.Waits;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Xlib questions of start-up, asked of the real test X server with a real tray host. */
@RequiresDisplay
class X11DisplayIT {

    @Test
    void theTestDisplayAnswers() {
        assertThat(X11Display.answers()).contains(true);
    }

    @Test
    void seesATrayHostWhileTrayerRunsAndNoneOnceItHasGone() {
        try (TrayHost host = TrayHost.start()) {
            assertThat(X11Display.trayHostPresent()).contains(true);
        }
        Waits.until("the tray selection to be released", 10_000,
                () -> X11Display.trayHostPresent().equals(Optional.of(false)));
    }
}
