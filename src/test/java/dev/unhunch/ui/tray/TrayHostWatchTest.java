package dev.unhunch.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.ui.tray.SwitchableTrayTest.RecordingPort;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The watch's decisions, with recorded pauses instead of real time. */
class TrayHostWatchTest {

    private final RecordingPort window = new RecordingPort("status window");
    private final SwitchableTray tray = new SwitchableTray(window);
    private final List<Duration> pauses = new ArrayList<>();
    private int opens;

    private static Supplier<Optional<Boolean>> answers(Boolean... answers) {
        Deque<Optional<Boolean>> queue = new ArrayDeque<>();
        for (Boolean answer : answers) {
            queue.add(Optional.ofNullable(answer));
        }
        return () -> queue.isEmpty() ? Optional.of(false) : queue.poll();
    }

    private TrayHostWatch watch(Supplier<Optional<Boolean>> host, Supplier<Optional<TrayPort>> open) {
        return new TrayHostWatch(tray, host, () -> {
            opens++;
            return open.get();
        }, pauses::add);
    }

    @Test
    void theTrayTakesOverOnceAHostIsThere() {
        RecordingPort gtk = new RecordingPort("Dorkbox Gtk");

        watch(answers(false, false, true), () -> Optional.of(gtk)).run();

        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(opens).isEqualTo(1);
        assertThat(tray.kind()).isEqualTo("Dorkbox Gtk");
        assertThat(window.calls).containsExactly("shutdown");
    }

    @Test
    void looksEverySecondForTwoMinutesThenEveryFifteenSeconds() {
        Boolean[] noHost = new Boolean[125];
        java.util.Arrays.fill(noHost, false);
        Boolean[] thenHost = java.util.Arrays.copyOf(noHost, 126);
        thenHost[125] = true;

        watch(answers(thenHost), () -> Optional.of(new RecordingPort("Dorkbox Gtk"))).run();

        assertThat(pauses).hasSize(126);
        assertThat(pauses.subList(0, 120)).containsOnly(Duration.ofSeconds(1));
        assertThat(pauses.subList(120, 126)).containsOnly(Duration.ofSeconds(15));
    }

    @Test
    void aTrayThatDoesNotOpenIsTriedAgainAtTheNextLook() {
        RecordingPort gtk = new RecordingPort("Dorkbox Gtk");
        Deque<Optional<TrayPort>> results = new ArrayDeque<>(List.of(Optional.empty(), Optional.of(gtk)));

        watch(answers(true, true), results::poll).run();

        assertThat(opens).isEqualTo(2);
        assertThat(tray.kind()).isEqualTo("Dorkbox Gtk");
    }

    @Test
    void aTrayThatNeverOpensIsGivenUpAfterThreeTries() {
        watch(answers(true, true, true, true, true), Optional::empty).run();

        assertThat(opens).isEqualTo(TrayHostWatch.MAX_OPEN_ATTEMPTS);
        assertThat(tray.kind()).isEqualTo("status window");
        assertThat(window.calls).isEmpty();
    }

    @Test
    void aFailingOpenIsLoggedAndTriedAgain() {
        RecordingPort gtk = new RecordingPort("Dorkbox Gtk");
        int[] calls = {0};

        watch(answers(true, true), () -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("GTK said no");
            }
            return Optional.of(gtk);
        }).run();

        assertThat(tray.kind()).isEqualTo("Dorkbox Gtk");
    }

    @Test
    void stopsWhenTheHostCanNoLongerBeAskedAndWhenTheAppQuits() {
        watch(answers(false, null), () -> Optional.of(new RecordingPort("Dorkbox Gtk"))).run();
        assertThat(pauses).hasSize(2);
        assertThat(opens).isZero();

        pauses.clear();
        tray.shutdown();
        watch(answers(true), () -> Optional.of(new RecordingPort("Dorkbox Gtk"))).run();
        assertThat(pauses).isEmpty();
        assertThat(opens).isZero();
        assertThat(tray.kind()).isEqualTo("status window");
    }
}
