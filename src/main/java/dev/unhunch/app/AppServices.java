package dev.unhunch.app;

import dev.unhunch.core.breaks.BreakEvent;
import dev.unhunch.core.history.BufferedHistory;
import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.Notice;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.stretch.RoutinePlanner;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.core.stretch.StretchPreferences;
import dev.unhunch.platform.sound.SoundLinePlayer;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.session.EngineBreakActions;
import dev.unhunch.ui.session.SwingBreakUi;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything behind the tray: the settings file, the break history, the stretch planner, the
 * break windows and the break machinery, wired together. Settings edits (from the dialog or by
 * hand in the file) reach the engine and the windows live.
 */
final class AppServices implements AutoCloseable {

    private static final Log LOG = Log.of(AppServices.class);

    final FileSettingsStore settingsStore;
    final JsonlHistoryJournal journal;
    /** The journal behind a memory for records that could not be written yet. */
    final BufferedHistory historyStore;
    final SwingBreakUi breakUi;
    final BreakRuntime runtime;
    final PreferencesWiring preferences;
    private final AtomicReference<Settings> settings;
    /** Whether there was no settings file at this start: the first-run sheet is then shown. */
    final boolean firstStart;

    /** Loads the settings and opens the history; {@code notices} receives what the user must be told. */
    AppServices(Consumer<List<Notice>> notices) {
        settingsStore = FileSettingsStore.forCurrentUser();
        firstStart = firstStart(settingsStore);
        settings = new AtomicReference<>(settingsStore.load().settings());
        notices.accept(settingsStore.takeNotices());
        journal = JsonlHistoryJournal.forCurrentUser();
        // a record that cannot be written waits in memory and is tried again; the user is told once
        historyStore = new BufferedHistory(journal, new HistoryNotices());
        // The catalog is parsed off the start-up path, on unhunch-trim right after start (MemoryTrim)
        Supplier<RoutinePlanner> planner = () -> new RoutinePlanner(StretchCatalog.bundled(), new Random());
        breakUi = new SwingBreakUi(planner, settings::get, () -> preferences(settings.get()));
        preferences = PreferencesWiring.forCurrentUser(settingsStore, historyStore, journal.zone());
        // records go through the wiring so that an open statistics window hears of each one
        HistoryRecorder history = new HistoryRecorder(preferences.history(), ZoneId.systemDefault());
        BreakChimes chimes = new BreakChimes(settings::get, new SoundLinePlayer()); // daemon thread, only while playing
        runtime = new BreakRuntime(settings.get(), breakUi, List.of(AppServices::logEvent, history, chimes));
        breakUi.setActions(new EngineBreakActions(runtime.engine(), runtime.engineThread()));
        runtime.onSnapshot(snapshot -> historyStore.retryIfDue(snapshot.at()));
        runtime.onSnapshot(snapshot -> DisplayLoss.reassert()); // GTK and AWT install their own when they start
        settingsStore.addListener(changed -> {
            Settings before = settings.getAndSet(changed);
            if (before.theme() != changed.theme()) {
                // every open window follows, the break window and notice too (Themes.switchTo)
                javax.swing.SwingUtilities.invokeLater(() -> PreferencesWiring.applyTheme(changed.theme()));
            }
            runtime.updateSettings(changed);
            Texts.useLanguage(changed.language()); // open windows and the tray relabel themselves
            notices.accept(settingsStore.takeNotices());
        });
        try {
            settingsStore.startWatching();
        } catch (IOException e) {
            LOG.warn("Edits to the settings file will be picked up only after a restart: " + e.getMessage());
        }
    }

    /** Writes the commented template when there is no settings file; true when there was none. */
    static boolean firstStart(FileSettingsStore store) {
        try {
            return store.createIfMissing();
        } catch (IOException e) {
            LOG.warn("First start: the settings template could not be written (" + e.getMessage()
                    + "); the first save will try again");
            return true;
        }
    }

    Settings settings() {
        return settings.get();
    }

    static StretchPreferences preferences(Settings settings) {
        return StretchPreferences.of(settings.stretches());
    }

    private static void logEvent(BreakEvent event) {
        LOG.info(() -> "Break event: " + event);
    }

    @Override
    public void close() {
        runtime.close();
        settingsStore.close();
        historyStore.retryIfDue(java.time.Instant.MAX); // a last try for records still waiting
        if (historyStore.waiting() > 0) {
            LOG.warn(historyStore.waiting() + " break record(s) could not be saved before quitting and are lost");
        }
        journal.close();
    }
}
