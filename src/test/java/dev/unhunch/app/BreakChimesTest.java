package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakEvent;
import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.platform.sound.Chime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BreakChimesTest {

    private final List<Chime> played = new ArrayList<>();
    private final AtomicReference<Settings> settings = new AtomicReference<>(Settings.defaults());
    private final BreakChimes chimes = new BreakChimes(settings::get, played::add);

    @Test
    void chimesWhenABreakStartsAndWhenItIsTaken() {
        assertThat(Settings.defaults().sounds()).as("sounds are on by default").isTrue();

        chimes.onEvent(event(BreakEventType.STARTED, "due"));
        chimes.onEvent(event(BreakEventType.COMPLETED, ""));
        chimes.onEvent(event(BreakEventType.STARTED, "on-demand"));
        chimes.onEvent(event(BreakEventType.COMPLETED, "done"));

        assertThat(played).containsExactly(Chime.BREAK_START, Chime.BREAK_END, Chime.BREAK_START, Chime.BREAK_END);
    }

    @Test
    void everythingElseIsQuiet() {
        for (BreakEventType type : BreakEventType.values()) {
            if (type != BreakEventType.STARTED && type != BreakEventType.COMPLETED) {
                chimes.onEvent(event(type, ""));
            }
        }

        assertThat(played).isEmpty();
    }

    @Test
    void soundsOffPlaysNothingAndTheSettingIsReadAtEachEvent() {
        settings.set(Settings.defaults().toBuilder().sounds(false).build());
        chimes.onEvent(event(BreakEventType.STARTED, "due"));
        chimes.onEvent(event(BreakEventType.COMPLETED, ""));
        assertThat(played).isEmpty();

        settings.set(Settings.defaults()); // switched on in the preferences while the app runs
        chimes.onEvent(event(BreakEventType.STARTED, "due"));
        settings.set(Settings.defaults().toBuilder().sounds(false).build()); // and off again mid-break
        chimes.onEvent(event(BreakEventType.COMPLETED, ""));

        assertThat(played).containsExactly(Chime.BREAK_START);
    }

    private static BreakEvent event(BreakEventType type, String note) {
        return new BreakEvent(type, Instant.parse("2026-12-07T10:00:00Z"), BreakKind.MICRO, Duration.ofMinutes(20), 0, note,
                Duration.ofMinutes(20), java.util.List.of(), false);
    }
}
