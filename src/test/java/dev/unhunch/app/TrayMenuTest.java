package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.PauseRequest;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.tray.TrayMenuItem;
import dev.unhunch.ui.tray.TrayPort;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tray menu's words follow the language, also in a tray that is already open. */
class TrayMenuTest {

    private final List<List<String>> relabelled = new CopyOnWriteArrayList<>();
    private final AtomicInteger statusRefreshed = new AtomicInteger();
    private Runnable listener;

    @AfterEach
    void backToEnglish() throws Exception {
        Texts.removeListener(listener);
        Texts.setLocale(Locale.ENGLISH);
        SwingUtilities.invokeAndWait(() -> { });
    }

    @Test
    void anOpenTrayIsRelabelledWhenTheLanguageChanges() throws Exception {
        List<TrayMenuItem> english = TrayMenu.items(NO_COMMANDS);
        assertThat(TrayMenuItem.labels(english)).containsExactly("Stretch now", "Take a long break now", "Pause",
                "For 30 minutes", "For 1 hour", "For 2 hours", "Until tomorrow", "Until I resume", "Resume",
                "Preferences\u2026", "Statistics\u2026", "About Unhunch", "Quit");

        listener = TrayMenu.follow(new RecordingTray(), NO_COMMANDS, statusRefreshed::incrementAndGet);
        Texts.setLocale(Locale.GERMAN);
        SwingUtilities.invokeAndWait(() -> { }); // listeners run on the EDT

        assertThat(relabelled).hasSize(1);
        assertThat(relabelled.get(0)).containsExactly("Jetzt dehnen", "Jetzt lange Pause machen", "Aussetzen",
                "Für 30 Minuten", "Für 1 Stunde", "Für 2 Stunden", "Bis morgen", "Bis ich fortsetze", "Fortsetzen",
                "Einstellungen …", "Statistik …", "Über Unhunch", "Beenden");
        assertThat(statusRefreshed).hasValue(1);
        // a menu opened later is German from the start
        assertThat(TrayMenuItem.labels(TrayMenu.items(NO_COMMANDS))).isEqualTo(relabelled.get(0));
    }

    @Test
    void entriesAreEnabledOnlyWhenTheyCanAct() {
        List<Boolean> idle = TrayMenuItem.enabledStates(TrayMenu.items(NO_COMMANDS));
        List<String> labels = TrayMenuItem.labels(TrayMenu.items(NO_COMMANDS));
        assertThat(idle.get(labels.indexOf("Resume"))).as("nothing paused").isFalse();
        assertThat(idle.get(labels.indexOf("Take a long break now"))).isTrue();

        TrayMenu.Commands pausedLongOff = new TrayMenu.Commands() {
            @Override public void stretchNow() { }
            @Override public void longBreakNow() { }
            @Override public void pause(dev.unhunch.core.breaks.PauseRequest request) { }
            @Override public void resume() { }
            @Override public void preferences() { }
            @Override public void statistics() { }
            @Override public void about() { }
            @Override public void quit() { }
            @Override public boolean paused() { return true; }
            @Override public boolean longBreaksOn() { return false; }
        };
        List<Boolean> states = TrayMenuItem.enabledStates(TrayMenu.items(pausedLongOff));
        assertThat(states.get(labels.indexOf("Resume"))).isTrue();
        assertThat(states.get(labels.indexOf("Take a long break now"))).as("long breaks off").isFalse();
        assertThat(states.get(labels.indexOf("Stretch now"))).isTrue();
    }

    private final class RecordingTray implements TrayPort {
        @Override public String kind() { return "recording"; }
        @Override public void setStatus(String status) { }
        @Override public void setIcon(IntFunction<byte[]> pngAtSize) { }
        @Override public void relabel(List<TrayMenuItem> items) { relabelled.add(TrayMenuItem.labels(items)); }
        @Override public void shutdown() { }
    }

    private static final TrayMenu.Commands NO_COMMANDS = new TrayMenu.Commands() {
        @Override public void stretchNow() { }
        @Override public void longBreakNow() { }
        @Override public void pause(PauseRequest request) { }
        @Override public void resume() { }
        @Override public void preferences() { }
        @Override public void statistics() { }
        @Override public void about() { }
        @Override public void quit() { }
    };
}
