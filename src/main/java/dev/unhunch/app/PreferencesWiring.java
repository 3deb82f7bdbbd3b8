package dev.unhunch.app;

import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.settings.Theme;
import dev.unhunch.platform.SystemTheme;
import dev.unhunch.platform.autostart.Autostart;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.storage.history.JsonlHistoryJournal;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.settings.SettingsDialog;
import dev.unhunch.ui.settings.SettingsPort;
import dev.unhunch.ui.stats.StatisticsWindow;
import dev.unhunch.ui.stats.StatsPort;
import dev.unhunch.ui.theme.Themes;
import java.awt.Window;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Connects the preferences and statistics windows to the settings file, the history journal and
 * the autostart entry. {@link #showSettings()} and {@link #showStats()} may be called from any
 * thread (tray callbacks, the IPC server); each window is opened once and brought to the front
 * when asked again. The statistics window, and with it the chart library, loads only when opened.
 */
public final class PreferencesWiring {

    private static final Log LOG = Log.of(PreferencesWiring.class);

    private final FileSettingsStore store;
    private final SettingsPort settingsPort;
    private final JournalStatsPort statsPort;
    private Window settingsWindow;
    private Window statsWindow;

    /**
     * @param store the settings file; its listeners hear every applied change
     * @param history the break history
     * @param autostart the desktop's autostart entry, or null to leave it alone
     * @param launchCommand how the desktop starts Unhunch, for the autostart entry
     */
    public PreferencesWiring(FileSettingsStore store, HistoryStore history, ZoneId zone, Clock clock,
            Autostart autostart, List<String> launchCommand) {
        this.store = store;
        this.settingsPort = new StoreSettingsPort(store, autostart, launchCommand);
        this.statsPort = new JournalStatsPort(history, zone, clock);
    }

    /**
     * The wiring for the running user: their settings file and journal, the system zone and the
     * desktop's autostart entry, which starts the program that is running now.
     */
    public static PreferencesWiring forCurrentUser(FileSettingsStore store) {
        return forCurrentUser(store, JsonlHistoryJournal.forCurrentUser());
    }

    /** As {@link #forCurrentUser(FileSettingsStore)}, over the journal the app already has open. */
    public static PreferencesWiring forCurrentUser(FileSettingsStore store, JsonlHistoryJournal journal) {
        return forCurrentUser(store, journal, journal.zone());
    }

    /** As {@link #forCurrentUser(FileSettingsStore)}, over a history whose days are those of {@code zone}. */
    public static PreferencesWiring forCurrentUser(FileSettingsStore store, HistoryStore history, ZoneId zone) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> command = new ArrayList<>(self.command().map(List::of).orElse(List.of("unhunch")));
        self.arguments().ifPresent(args -> command.addAll(List.of(args))); // java -jar …: keep the jar
        return new PreferencesWiring(store, history, zone, Clock.system(zone), Autostart.forCurrentUser(), command);
    }

    /** Adds a listener for applied settings (e.g. the engine's live update); runs on the saving thread. */
    public void addSettingsListener(Consumer<Settings> listener) {
        store.addListener(listener);
    }

    /** The port the settings dialog uses. */
    public SettingsPort settingsPort() {
        return settingsPort;
    }

    /** The port the statistics window uses. */
    public StatsPort statsPort() {
        return statsPort;
    }

    /**
     * The history the app records breaks into: the journal, with each new record announced to an
     * open statistics window so that it stays current.
     */
    public HistoryStore history() {
        return statsPort;
    }

    /** Opens the preferences, or brings them to the front. */
    public void showSettings() {
        SwingUtilities.invokeLater(() -> {
            if (settingsWindow != null && settingsWindow.isDisplayable()) {
                settingsWindow.toFront();
                return;
            }
            settingsWindow = SettingsDialog.show(null, settingsPort, PreferencesWiring::applyTheme);
        });
    }

    /** Opens the statistics, or brings them to the front. */
    public void showStats() {
        SwingUtilities.invokeLater(() -> {
            if (statsWindow != null && statsWindow.isDisplayable()) {
                statsWindow.toFront();
                return;
            }
            Themes.ensureInstalled(); // the error message below needs it too
            try {
                statsWindow = StatisticsWindow.show(null, statsPort);
            } catch (IOException e) {
                LOG.warn("Cannot read the break history", e);
                JOptionPane.showMessageDialog(null, Texts.text("stats.unreadable", e.getMessage()),
                        Texts.text("stats.title"), JOptionPane.ERROR_MESSAGE);
            }
        });
    }

    /** Whether the theme setting means the dark look on this desktop now. */
    static boolean prefersDark(Theme theme) {
        return theme == Theme.DARK || theme == Theme.SYSTEM && SystemTheme.prefersDark();
    }

    /** Switches every open window to the theme at once; call on the EDT. */
    public static void applyTheme(Theme theme) {
        Themes.switchTo(prefersDark(theme));
    }
}
