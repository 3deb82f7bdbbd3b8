package dev.unhunch.app;

import dev.unhunch.core.AppInfo;
import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.core.breaks.PauseRequest;
import dev.unhunch.core.history.HistoryStore;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.ui.session.SwingBreakUi;
import dev.unhunch.ui.welcome.FirstRunSheet;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import dev.unhunch.core.log.Log;
import dev.unhunch.ui.about.AboutWindow;
import dev.unhunch.ui.icons.AppIcons;
import dev.unhunch.ui.theme.Themes;
import dev.unhunch.ui.icons.TrayIconState;
import dev.unhunch.ui.tray.TrayIconChoice;
import dev.unhunch.ui.tray.TrayKind;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.tray.StatusLine;
import dev.unhunch.ui.tray.SwitchableTray;
import dev.unhunch.ui.tray.TrayHostWatch;
import dev.unhunch.platform.AppDirectories;
import dev.unhunch.platform.dbus.StatusNotifierWatcher;
import dev.unhunch.ui.tray.TrayPort;
import dev.unhunch.ui.tray.TrayMenuItem;
import dev.unhunch.ui.tray.Trays;
import java.awt.Window;
import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import dev.unhunch.platform.NativeEnvironment;
import dev.unhunch.platform.X11Display;
import java.util.function.IntConsumer;

/**
 * The composition root: builds the theme, the tray and the windows, and owns the app's lifetime.
 * Everything here runs on the Swing event dispatch thread.
 */
public final class UnhunchApp {

    private static final Log LOG = Log.of(UnhunchApp.class);

    private final StartOptions options;
    private final IntConsumer exit;
    private volatile TrayPort tray;
    private volatile AppServices services;
    private volatile String lastStatus = "";
    private volatile EngineSnapshot snapshot;
    private volatile TrayMenu.Commands commands;
    /** Whether breaks were paused and long breaks on when the menu was last built. */
    private volatile List<Boolean> lastMenuState = List.of();
    private TrayIconChoice lastIcon = new TrayIconChoice(TrayIconState.NORMAL, 0);
    private boolean quitting;
    private final List<Consumer<EngineSnapshot>> snapshotListeners = new CopyOnWriteArrayList<>();

    /** Options resolved from the command line and the environment before the UI starts. */
    public record StartOptions(Boolean darkTheme, TrayKind trayKind, Path logFile) {
    }

    /**
     * Also tells {@code listener} the engine's snapshots (on the engine thread, after every beat),
     * from the first beat on; call before {@link #start()}.
     */
    public void onSnapshot(Consumer<EngineSnapshot> listener) {
        snapshotListeners.add(listener);
    }

    public UnhunchApp(StartOptions options, IntConsumer exit) {
        this.options = options;
        this.exit = exit;
    }

    /**
     * Loads the settings and the engine, then opens the tray and starts the engine's thread; call
     * from the main thread, not the EDT, because a native tray starts on its own toolkit thread.
     */
    public void start() throws InterruptedException {
        long started = System.nanoTime();
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            // GTK (for the tray icon) would otherwise probe OpenGL, map ~30 MB of LLVM for nothing,
            // and under Xvfb it hung there inside gtk_init while another thread asked GDK for the screen.
            NativeEnvironment.setDefault("GDK_GL", "disable");
            // AWT's X11 event loop polls at most this long (ms) between checks when idle; its
            // default of 500 ms was ~2 of the idle app's wake-ups per second (bench/README.md).
            // X events and work posted from Java still wake it at once.
            NativeEnvironment.setDefault("_AWT_MAX_POLL_TIMEOUT", "10000");
        }
        // The tray host and the desktop are looked for, then the tray opens, beside the settings,
        // history and engine: GTK's start and Dorkbox's ~0.15 s overlap the ~0.15 s of those.
        // A StatusNotifierItem tray is asked for on desktops only: on bare X11 (no XDG_CURRENT_DESKTOP,
        // not Wayland) dbus-java is never loaded (ADR 0002, 0013).
        Trays.prepare(options.trayKind(), X11Display::trayHostPresent,
                () -> onADesktop() ? StatusNotifierWatcher.present() : Optional.<Boolean>empty());
        commands = menuCommands();
        // Built here, so the tray's thread never reads the texts while the language is being
        // chosen below; the labels are those of the desktop's language until the relabel further down.
        List<TrayMenuItem> firstItems = TrayMenu.items(commands);
        long trayStarted = System.nanoTime();
        IntFunction<byte[]> normalIcon = size -> AppIcons.trayIconPng(TrayIconState.NORMAL, 0, size);
        FutureTask<Optional<TrayPort>> opening = new FutureTask<>(() -> Trays.openNative(options.trayKind(), firstItems, normalIcon));
        Thread opener = new Thread(opening, "tray-open");
        opener.setDaemon(true);
        opener.start();
        long servicesStarted = System.nanoTime();
        // notices found while loading wait until the look is chosen below: shown at once, their
        // window would install the light look before the settings could ask for the dark one
        java.util.concurrent.CompletableFuture<Void> lookChosen = new java.util.concurrent.CompletableFuture<>();
        services = new AppServices(notices -> lookChosen.thenRun(() -> SettingsNotices.show(notices)));
        // the words are chosen before the first window is made
        Texts.useLanguage(services.settings().language());
        long servicesReady = System.nanoTime();
        // The look loads with the first window, not here: the tray's menu is native (Themes).
        Boolean forcedDark = options.darkTheme();
        AppServices chosen = services;
        Themes.choose(() -> forcedDark != null ? forcedDark : PreferencesWiring.prefersDark(chosen.settings().theme()));
        lookChosen.complete(null);
        LOG.info(() -> String.format("Settings, history and engine ready in %d ms",
                (servicesReady - servicesStarted) / 1_000_000));
        Optional<TrayPort> nativeTray;
        try {
            nativeTray = opening.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot open the tray", e.getCause());
        }
        // Without a tray, the stand-in window waits for the language and the look chosen above.
        tray = nativeTray.orElseGet(() -> Trays.statusWindow(TrayMenu.items(commands), normalIcon,
                () -> SwingUtilities.invokeLater(this::quit)));
        if (nativeTray.isEmpty() && Trays.mayAppearLater(options.trayKind())) {
            // at login the panel may come after us: the tray then takes over from the window
            SwitchableTray switchable = new SwitchableTray(tray);
            tray = switchable;
            TrayHostWatch.start(switchable, Trays::anyHostPresent,
                    () -> Trays.openNative(options.trayKind(), TrayMenu.items(commands), normalIcon));
        }
        if (nativeTray.isEmpty() && Trays.desktopWithoutTray(options.trayKind())) {
            TrayHint.showOnce(AppDirectories.forCurrentUser().state());
        }
        long trayReady = System.nanoTime();
        tray.setStatus(Texts.text("tray.starting"));
        TrayMenu.follow(tray, commands, () -> lastSnapshot().ifPresent(this::showStatus));
        // the language may have been set before the listener above was there to hear it
        tray.relabel(TrayMenu.items(commands));
        services.runtime.onSnapshot(this::showStatus);
        snapshotListeners.forEach(services.runtime::onSnapshot);
        // without the engine nothing reminds anyone: exit (the log says why) rather than hold
        // the lock with a tray icon that does nothing
        services.runtime.start(() -> exit.accept(1));
        if (services.firstStart) {
            AppServices ready = services;
            SwingUtilities.invokeLater(() -> FirstRunSheet.show(ready.preferences.settingsPort(),
                    StretchCatalog.bundled().safetyNote()));
        }
        MemoryTrim.scheduleAfterStart(services.breakUi::prepareFirstPlan);
        services.breakUi.setWindowsClosedListener(MemoryTrim::afterBreak);
        LOG.info(() -> String.format("%s %s started in %d ms with %s (the tray was ready after %d ms)", AppInfo.NAME,
                AppInfo.version(), (System.nanoTime() - started) / 1_000_000, tray.kind(),
                (trayReady - trayStarted) / 1_000_000));
    }

    private static boolean onADesktop() {
        return !System.getenv().getOrDefault("XDG_CURRENT_DESKTOP", "").isBlank()
                || "wayland".equals(System.getenv("XDG_SESSION_TYPE"));
    }

    private TrayMenu.Commands menuCommands() {
        return new TrayMenu.Commands() {
            @Override public void stretchNow() {
                withServices(s -> CompletableFuture.runAsync(() -> logRefusal(s.breakUi.stretchNow())));
            }
            @Override public void longBreakNow() { command(e -> e.breakNow(BreakKind.LONG)); }
            @Override public void pause(PauseRequest request) { command(e -> e.pause(request)); }
            @Override public void resume() { command(BreakEngine::resume); }
            @Override public void preferences() { showSettings(); }
            @Override public void statistics() { showStats(); }
            @Override public void about() { showAbout(); }
            @Override public void quit() { UnhunchApp.this.quit(); }
            @Override public boolean paused() { return snapshot != null && snapshot.paused(); }
            @Override public boolean longBreaksOn() {
                AppServices current = services;
                return current == null || current.settings().longBreak().enabled();
            }
        };
    }

    /**
     * What a second {@code unhunch} or {@code unhunch show} brings forward: the About window,
     * which says what Unhunch is doing now, where its icon is and how it sees activity. It does
     * not take the keyboard focus from what the user is typing into; call on the EDT.
     */
    public void showStatusWindow() {
        AboutWindow.show(this::aboutDetails, false);
    }

    /** Opens the preferences (or brings them forward); any thread. False before {@link #start()}. */
    public boolean showSettings() {
        AppServices current = services;
        if (current != null) {
            current.preferences.showSettings();
        }
        return current != null;
    }

    /** Opens the statistics window (or brings it forward); any thread. False before {@link #start()}. */
    public boolean showStats() {
        AppServices current = services;
        if (current != null) {
            current.preferences.showStats();
        }
        return current != null;
    }

    /** Runs an engine command off the EDT; a refusal is logged with its reason. */
    private void command(Function<BreakEngine, CommandResult> command) {
        withServices(s -> CompletableFuture.supplyAsync(() -> s.runtime.command(command)).whenComplete((result, failure) -> {
            if (failure != null) {
                LOG.warn("Command failed", failure);
            } else {
                logRefusal(result);
            }
        }));
    }

    /** The tray shows before the settings are loaded: a click in that half second is ignored. */
    private void withServices(java.util.function.Consumer<AppServices> action) {
        AppServices current = services;
        if (current == null) {
            LOG.info("Menu item chosen while Unhunch is still starting; ignored");
        } else {
            action.accept(current);
        }
    }

    private static void logRefusal(CommandResult result) {
        if (!result.accepted()) {
            LOG.info("Command refused: " + result.message());
        }
    }

    private java.util.Optional<EngineSnapshot> lastSnapshot() {
        return java.util.Optional.ofNullable(snapshot);
    }

    private void showStatus(EngineSnapshot latest) {
        snapshot = latest;
        AppServices current = services;
        List<Boolean> menuState = List.of(latest.paused(), current == null || current.settings().longBreak().enabled());
        if (!menuState.equals(lastMenuState) && commands != null) {
            lastMenuState = menuState; // Resume and the long break offered only when they can act
            tray.relabel(TrayMenu.items(commands));
        }
        String status = StatusLine.format(latest, ZoneId.systemDefault());
        if (!status.equals(lastStatus)) {
            lastStatus = status;
            tray.setStatus(status);
        }
        TrayIconChoice icon = TrayIconChoice.of(latest);
        if (!icon.equals(lastIcon)) {
            lastIcon = icon;
            tray.setIcon(size -> AppIcons.trayIconPng(icon.state(), icon.progress(), size));
        }
    }

    /** The sentence with its first letter in upper case (engine messages start in lower case). */
    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The settings file, or null before {@link #start()}; safe from any thread. */
    public Path settingsFile() {
        AppServices current = services;
        return current == null ? null : current.settingsStore.file();
    }

    /** The break history, or null before {@link #start()}; safe from any thread. */
    public HistoryStore history() {
        AppServices current = services;
        return current == null ? null : current.historyStore;
    }

    /** The break machinery, or null before {@link #start()}. */
    public BreakRuntime runtime() {
        AppServices current = services;
        return current == null ? null : current.runtime;
    }

    /** The break windows' adapter (its quick stretch), or null before {@link #start()}. */
    public SwingBreakUi breakUi() {
        AppServices current = services;
        return current == null ? null : current.breakUi;
    }

    /** Shows the About window; call on the EDT. */
    public void showAbout() {
        AboutWindow.show(this::aboutDetails);
    }

    /** The About window's lines about this run, in the language in use. */
    private List<String> aboutDetails() {
        return aboutLines(lastStatus, tray, services == null ? null : services.runtime.idleSourceDescribed(),
                options.logFile());
    }

    /**
     * About's lines: the status, the tray, the idle source, Java and the log, each worded from the
     * bundle (null or empty parts are left out).
     */
    static List<String> aboutLines(String status, TrayPort tray,
            dev.unhunch.platform.idle.FailoverIdleSource.Described idle, java.nio.file.Path logFile) {
        List<String> details = new ArrayList<>();
        if (status != null && !status.isEmpty()) {
            details.add(Texts.text("about.now", status));
        }
        details.add(Texts.text("about.tray", tray == null ? Texts.text("about.notStarted")
                : tray.isStatusWindow() ? Texts.text("about.tray.window") : trayInWords(tray.kind())));
        if (idle != null) {
            details.add(Texts.text("about.activity", activityInWords(idle)));
        }
        details.add(Texts.text("about.java", System.getProperty("java.version"), System.getProperty("os.name")));
        if (logFile != null) {
            details.add(Texts.text("about.log", logFile.toString()));
        }
        return details;
    }

    /** Where the icon is, for a person: "shown in the panel (XEmbed)" rather than "Dorkbox Gtk". */
    static String trayInWords(String kind) {
        String k = kind.toLowerCase(java.util.Locale.ROOT);
        if (k.startsWith("status window")) {
            return Texts.text("about.tray.window");
        }
        if (k.contains("appindicator")) {
            return Texts.text("about.tray.panel", "StatusNotifier");
        }
        if (k.contains("gtk")) {
            return Texts.text("about.tray.panel", "XEmbed");
        }
        return Texts.text("about.tray.panel", "Java");
    }

    /**
     * How activity is seen, for a person; the technical name (GNOME Mutter IdleMonitor, the X
     * display) is in {@code unhunch --diagnose}.
     */
    static String activityInWords(dev.unhunch.platform.idle.FailoverIdleSource.Described source) {
        return switch (source.kind()) {
            case X11 -> Texts.text("about.activity.x11");
            case XWAYLAND -> Texts.text("about.activity.xwayland");
            case POINTER -> Texts.text("about.activity.pointer");
            case NONE -> Texts.text("about.activity.none");
            case NAMED -> {
                String name = source.detail().toLowerCase(java.util.Locale.ROOT);
                yield Texts.text(name.contains("windows") || name.contains("macos")
                        ? "about.activity.system" : "about.activity.desktop");
            }
        };
    }

    public TrayPort tray() {
        return tray;
    }

    /** What kind of tray is showing, for status and diagnostics; safe from any thread. */
    public String trayKind() {
        TrayPort current = tray;
        return current == null ? "not started" : current.kind();
    }

    /** Leaves quickly: releases the tray (bounded wait), closes every window, then exits. */
    public void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        long started = System.nanoTime();
        if (services != null) {
            services.close();
        }
        if (tray != null) {
            tray.shutdown();
        }
        for (Window window : Window.getWindows()) {
            window.dispose();
        }
        LOG.info(() -> "Quit after " + (System.nanoTime() - started) / 1_000_000 + " ms of clean-up");
        exit.accept(0);
    }
}
