package dev.unhunch.ui.tray;

import dev.unhunch.core.log.Log;
import dev.unhunch.ui.theme.Themes;
import dorkbox.systemTray.SystemTray;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Chooses and opens the tray. Where a StatusNotifierItem host runs ({@code
 * org.kde.StatusNotifierWatcher} on the session bus: KDE Plasma, GNOME with the AppIndicator
 * extension, most Wayland panels) the icon is an AppIndicator, the only kind those desktops show
 * for sure. Otherwise, with an XEmbed tray host, the GTK status icon is used: its menu is a native
 * GTK menu that works with or without a window manager (the Swing tray's popup closes itself when
 * no window manager gives it focus). Where it is known that neither runs (stock GNOME) a {@link
 * StatusWindow} stands in, and the reason is logged once. It never throws for a missing tray.
 */
public final class Trays {

    private static final Log LOG = Log.of(Trays.class);

    private Trays() {
    }

    /** How long a native tray may take to come up before the status window is used instead. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private static volatile Prepared prepared;
    /** Whether an XEmbed tray host is running, asked without AWT; empty when it cannot tell. */
    private static volatile Supplier<Optional<Boolean>> hostProbe = Optional::empty;
    /** Whether a StatusNotifierItem host (watcher) is on the session bus; empty when it cannot tell. */
    private static volatile Supplier<Optional<Boolean>> watcherProbe = Optional::empty;

    private record Prepared(TrayKind kind, FutureTask<SystemTray.TrayType> type) {
    }

    /**
     * Starts, on a short-lived thread, the part of opening the tray that needs no menu: looking for
     * a tray host, Dorkbox's desktop detection (it runs {@code ps} up to four
     * times) and GTK's own thread and event loop. Call once the native environment is set and
     * before the slow parts of start-up, so that they overlap; {@link #open} works without it.
     *
     * @param trayHostProbe whether an XEmbed tray host is running, or empty when it cannot tell;
     *        AWT's toolkit (an X connection and an event thread the GTK tray never uses) is
     *        started to ask only then
     * @param notifierWatcherProbe whether a StatusNotifierItem host runs, or empty when it cannot tell
     */
    public static void prepare(TrayKind kind, Supplier<Optional<Boolean>> trayHostProbe,
            Supplier<Optional<Boolean>> notifierWatcherProbe) {
        hostProbe = trayHostProbe;
        watcherProbe = notifierWatcherProbe;
        String os = System.getProperty("os.name", "");
        FutureTask<SystemTray.TrayType> type = new FutureTask<>(() -> {
            SystemTray.TrayType chosen = dorkboxType(kind, os, System.getenv());
            if (chosen == SystemTray.TrayType.Gtk || chosen == SystemTray.TrayType.AppIndicator) {
                // GTK's init, the slowest step, neither waits for the settings nor for the
                // desktop detection's child processes: the two overlap (GTK's start reads none of it)
                Thread detection = new Thread(DorkboxTray::detectDesktop, "tray-desktop");
                detection.setDaemon(true);
                detection.start();
                DorkboxTray.startGtkFirst();
                detection.join(START_TIMEOUT.toMillis());
            } else if (chosen != null && chosen != SystemTray.TrayType.Swing && chosen != SystemTray.TrayType.Awt) {
                DorkboxTray.detectDesktop();
            }
            return chosen;
        });
        prepared = new Prepared(kind, type);
        Thread thread = new Thread(type, "tray-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    private static SystemTray.TrayType chooseType(TrayKind kind) {
        Prepared ready = prepared;
        prepared = null;
        if (ready != null && ready.kind() == kind) {
            try {
                return ready.type().get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("Looking for the tray beforehand failed; looking again", e);
            }
        }
        return dorkboxType(kind, System.getProperty("os.name", ""), System.getenv());
    }

    /**
     * Opens the tray, or the status window when there is none. Call from any thread but the EDT:
     * native trays talk to their own toolkit thread and may call back into Swing while starting.
     * {@code onWindowClosed} runs when the stand-in window is closed.
     */
    public static TrayPort open(TrayKind kind, List<TrayMenuItem> items,
            IntFunction<byte[]> pngAtSize, Runnable onWindowClosed) {
        return openNative(kind, items, pngAtSize).orElseGet(() -> statusWindow(items, pngAtSize, onWindowClosed));
    }

    /**
     * Opens the desktop's tray, or tells (logged once, with the reason) that there is none; never
     * makes a window, so it may run while the rest of the app starts. Call from any thread but the EDT.
     */
    public static Optional<TrayPort> openNative(TrayKind kind, List<TrayMenuItem> items, IntFunction<byte[]> pngAtSize) {
        // by name: asking EventQueue would start AWT's toolkit, which the GTK tray does not need
        if (Thread.currentThread().getName().startsWith("AWT-EventQueue")) {
            throw new IllegalStateException("open the tray off the event dispatch thread");
        }
        SystemTray.TrayType type = chooseType(kind);
        if (type == null) {
            LOG.info("No system tray found (no tray host on this display); showing the status window instead");
            return Optional.empty();
        }
        try {
            TrayPort tray = openWithin(START_TIMEOUT, () -> DorkboxTray.open(type, items, pngAtSize));
            if (tray != null) {
                return Optional.of(tray);
            }
            LOG.info("The system tray (" + type + ") is not available; showing the status window instead");
        } catch (TimeoutException e) {
            LOG.warn("The system tray (" + type + ") did not start within " + START_TIMEOUT.toSeconds()
                    + " s; showing the status window instead");
        } catch (ExecutionException e) {
            LOG.warn("The system tray (" + type + ") failed to start; showing the status window instead", e.getCause());
        }
        return Optional.empty();
    }

    private static TrayPort openWithin(Duration timeout, Callable<TrayPort> opener)
            throws TimeoutException, ExecutionException {
        FutureTask<TrayPort> task = new FutureTask<>(opener);
        // A daemon thread: if the native tray hangs for good, it must not keep the app alive at quit.
        Thread starter = new Thread(task, "tray-start");
        starter.setDaemon(true);
        starter.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionException(e);
        }
    }

    /**
     * Whether the status window stands in only because no tray host runs yet, so that one may
     * still come ({@link TrayHostWatch}): the automatic choice on X11, where a host can be looked
     * for without AWT and was looked for and not found.
     */
    public static boolean mayAppearLater(TrayKind kind) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (kind != TrayKind.AUTO || !hasXEmbedTrays(os)) {
            return false;
        }
        return anyHostPresent().equals(Optional.of(false));
    }

    /** Sets the two questions without preparing a tray (tests). */
    static void useProbes(Supplier<Optional<Boolean>> xembed, Supplier<Optional<Boolean>> watcher) {
        hostProbe = xembed;
        watcherProbe = watcher;
    }

    /**
     * Whether a tray host of either kind (StatusNotifierItem watcher or XEmbed) runs now; empty
     * when neither question can be asked. What {@link TrayHostWatch} looks at.
     */
    public static Optional<Boolean> anyHostPresent() {
        Optional<Boolean> watcher = ask(watcherProbe);
        if (watcher.equals(Optional.of(true))) {
            return watcher;
        }
        Optional<Boolean> xembed = ask(hostProbe);
        return xembed.isPresent() ? xembed : watcher;
    }

    /**
     * Whether the status window stands in because the desktop has no tray at all (both
     * questions answered no), rather than because no tray host was found on plain X11: on such a
     * desktop (stock GNOME) the user needs to be told what to install.
     */
    public static boolean desktopWithoutTray(TrayKind kind) {
        return kind == TrayKind.AUTO && ask(watcherProbe).equals(Optional.of(false))
                && ask(hostProbe).equals(Optional.of(false))
                && !System.getenv().getOrDefault("XDG_CURRENT_DESKTOP", "").isBlank();
    }

    private static Optional<Boolean> ask(Supplier<Optional<Boolean>> probe) {
        try {
            return probe.get();
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Opens the window that stands in for a missing tray; any thread but the EDT. */
    public static TrayPort statusWindow(List<TrayMenuItem> items, IntFunction<byte[]> pngAtSize,
            Runnable onWindowClosed) {
        AtomicReference<TrayPort> window = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                Themes.ensureInstalled();
                window.set(new StatusWindow(items, pngAtSize, onWindowClosed));
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the status window", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot open the status window", e.getCause());
        }
        return window.get();
    }

    /** The Dorkbox tray type to ask for, or null when the status window should be used. */
    static SystemTray.TrayType dorkboxType(TrayKind kind, String osName, Map<String, String> env) {
        switch (kind) {
            case WINDOW:
                return null;
            case SWING:
                return SystemTray.TrayType.Swing;
            case AWT:
                return SystemTray.TrayType.Awt;
            case GTK:
                return SystemTray.TrayType.Gtk;
            case APPINDICATOR:
                return SystemTray.TrayType.AppIndicator;
            default:
                break;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (!hasXEmbedTrays(os)) {
            return SystemTray.TrayType.AutoDetect;
        }
        Optional<Boolean> watcher = ask(watcherProbe);
        if (watcher.equals(Optional.of(true))) {
            // GNOME's extension and Plasma show StatusNotifierItems; an XEmbed icon there is at
            // best a legacy-tray fallback and on Wayland often invisible
            return SystemTray.TrayType.AppIndicator;
        }
        if (xembedTrayHostPresent()) {
            return SystemTray.TrayType.Gtk;
        }
        String desktop = env.getOrDefault("XDG_CURRENT_DESKTOP", "");
        if (desktop.isBlank() || watcher.isPresent()) {
            // no tray of either kind: the status window, and the host watch for one coming later
            return null;
        }
        // the session bus could not be asked: a full desktop may still offer one; let Dorkbox detect it
        return SystemTray.TrayType.AutoDetect;
    }

    /** Linux and the BSDs (lower-case {@code os.name}): where tray icons live in an XEmbed host. */
    private static boolean hasXEmbedTrays(String os) {
        return os.startsWith("linux") || os.contains("bsd");
    }

    private static boolean xembedTrayHostPresent() {
        Optional<Boolean> known;
        try {
            known = hostProbe.get();
        } catch (RuntimeException | LinkageError e) {
            known = Optional.empty();
        }
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return java.awt.SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
