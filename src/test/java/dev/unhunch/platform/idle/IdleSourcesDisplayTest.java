package dev.unhunch.platform.idle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.platform.idle.IdleSourceCandidate.Kind;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.TestDisplay;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The factory with its real openers on the test X server. */
@RequiresDisplay
class IdleSourcesDisplayTest {

    private final String display = TestDisplay.get().display().orElseThrow();

    @Test
    void anX11SessionGetsSyncIdletimeWithItsDisplayInTheDescription() {
        Environment env = Environment.of("Linux", Map.of("XDG_SESSION_TYPE", "x11", "DISPLAY", display));
        try (FailoverIdleSource source = IdleSources.best(env)) {
            assertThat(source.currentKind()).contains(Kind.X11_SYNC_IDLETIME);
            assertThat(source.describe()).isEqualTo("X11 SYNC IDLETIME on " + display);
            // in parts, for About to word in the user's language
            assertThat(source.described()).isEqualTo(new FailoverIdleSource.Described(
                    FailoverIdleSource.Described.Kind.X11, display, java.util.List.of()));
            assertThat(source.idleTime()).isLessThan(Duration.ofHours(1));
        }
    }

    @Test
    void x11UnderWaylandSaysWhatItMisses() throws Exception {
        Environment env = Environment.of("Linux", Map.of("XDG_SESSION_TYPE", "wayland", "DISPLAY", display));
        try (IdleSource source = IdleSources.defaultOpener(Kind.X11_SYNC_IDLETIME, env, () -> 0L).open()) {
            assertThat(source.name()).endsWith("via XWayland — input to Wayland windows is not seen");
            assertThat(source.idleTime()).isGreaterThanOrEqualTo(Duration.ZERO);
        }
    }
}
