package dev.unhunch.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.activity.ActivityState;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.ui.i18n.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tray's line during a notice: its countdown, or no countdown for a gentle offer. */
class StatusLineNoticeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    private static EngineSnapshot notice(BreakKind kind, boolean gently) {
        return new EngineSnapshot(Instant.EPOCH, BreakStage.NOTICE, kind, gently ? Duration.ZERO : Duration.ofSeconds(12),
                Duration.ZERO, Duration.ofMinutes(30), 0, 3, false, false, null, true, ActivityState.ACTIVE,
                Duration.ofHours(1), false, null, null, gently);
    }

    @Test
    void anOrdinaryNoticeCountsDown() {
        Texts.setLocale(Locale.ENGLISH);
        assertThat(StatusLine.format(notice(BreakKind.MICRO, false), BERLIN)).isEqualTo("Micro break in 0:12");
    }

    @Test
    void aGentleOfferSaysWhenYouAreReadyInsteadOfZero() {
        Texts.setLocale(Locale.ENGLISH);
        assertThat(StatusLine.format(notice(BreakKind.MICRO, true), BERLIN))
                .isEqualTo("Micro break, whenever you are ready");
        Texts.setLocale(Locale.GERMAN);
        assertThat(StatusLine.format(notice(BreakKind.LONG, true), BERLIN))
                .isEqualTo("Lange Pause, wann immer du so weit bist");
    }
}
