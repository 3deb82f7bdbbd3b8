package dev.unhunch.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class SwitchableTrayTest {

    /** Records what it was asked to show. */
    static final class RecordingPort implements TrayPort {
        final String kind;
        final List<String> calls = new ArrayList<>();

        RecordingPort(String kind) {
            this.kind = kind;
        }

        @Override public String kind() { return kind; }
        @Override public void setStatus(String status) { calls.add("status " + status); }
        @Override public void setIcon(IntFunction<byte[]> pngAtSize) { calls.add("icon " + pngAtSize.apply(1).length); }
        @Override public void relabel(List<TrayMenuItem> items) { calls.add("relabel " + items.size()); }
        @Override public void shutdown() { calls.add("shutdown"); }
    }

    private static final List<TrayMenuItem> ITEMS = List.of(new TrayMenuItem("About", () -> { }));

    private final RecordingPort window = new RecordingPort("status window");
    private final RecordingPort gtk = new RecordingPort("Dorkbox Gtk");
    private final SwitchableTray tray = new SwitchableTray(window);

    @Test
    void theNewPortShowsWhatTheOldOneShowedAndTheOldOneIsShutDown() {
        tray.relabel(ITEMS);
        tray.setIcon(size -> new byte[3]);
        tray.setStatus("Next break in 12:30");

        assertThat(tray.switchTo(gtk)).isTrue();

        assertThat(gtk.calls).containsExactly("relabel 1", "icon 3", "status Next break in 12:30");
        assertThat(window.calls).endsWith("shutdown");
        assertThat(tray.kind()).isEqualTo("Dorkbox Gtk");
        tray.setStatus("Paused");
        assertThat(gtk.calls).endsWith("status Paused");
        assertThat(window.calls).doesNotContain("status Paused");
    }

    @Test
    void beforeAnythingWasShownTheNewPortIsOnlyTakenOver() {
        tray.switchTo(gtk);

        assertThat(gtk.calls).isEmpty();
        assertThat(window.calls).containsExactly("shutdown");
    }

    @Test
    void afterShutdownAPortThatArrivesLateIsShutDownAtOnce() {
        tray.shutdown();

        assertThat(tray.switchTo(gtk)).isFalse();

        assertThat(tray.isShutDown()).isTrue();
        assertThat(gtk.calls).containsExactly("shutdown");
        assertThat(tray.kind()).isEqualTo("status window");
    }
}
