package dev.unhunch.app;

import dev.unhunch.core.AppInfo;
import dev.unhunch.core.log.Log;
import dev.unhunch.ui.about.AboutWindow;
import dev.unhunch.ui.icons.AppIcons;
import dev.unhunch.ui.theme.Themes;
import dev.unhunch.ui.tray.TrayKind;
import dev.unhunch.ui.tray.TrayMenuItem;
import dev.unhunch.ui.tray.TrayPort;
import dev.unhunch.ui.tray.Trays;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.unhunch.platform.NativeEnvironment;
import java.util.function.IntConsumer;

/**
 * The composition root: builds the theme, the tray and the windows, and owns the app's lifetime.
 * Everything here runs on the Swing event dispatch thread.
 */
public final class UnhunchApp {

    private static final Log LOG = Log.of(UnhunchApp.class);

    private final StartOptions options;
    private final IntConsumer exit;
    private TrayPort tray;
    private boolean quitting;

    /** Options resolved from the command line and the environment before the UI starts. */
    public record StartOptions(boolean darkTheme, TrayKind trayKind, Path logFile) {
    }

    public UnhunchApp(StartOptions options, IntConsumer exit) {
        this.options = options;
        this.exit = exit;
    }

    /**
     * Installs the look (on the EDT) and then the tray; call from the main thread, not the EDT,
     * because a native tray starts on its own toolkit thread.
     */
    public void start() throws InterruptedException, InvocationTargetException {
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
        SwingUtilities.invokeAndWait(() -> Themes.install(options.darkTheme()));
        tray = Trays.open(options.trayKind(), menu(), AppIcons::appIcon,
                () -> SwingUtilities.invokeLater(this::quit));
        tray.setStatus("Next break: waiting for activity");
        LOG.info(() -> String.format("%s %s started in %d ms with %s", AppInfo.NAME, AppInfo.version(),
                (System.nanoTime() - started) / 1_000_000, tray.kind()));
    }

    private List<TrayMenuItem> menu() {
        List<TrayMenuItem> items = new ArrayList<>();
        items.add(new TrayMenuItem("About Unhunch", this::showAbout));
        items.add(TrayMenuItem.separator());
        items.add(new TrayMenuItem("Quit", this::quit));
        return items;
    }

    /** Shows the About window; call on the EDT. */
    public void showAbout() {
        List<String> details = new ArrayList<>();
        details.add("Tray: " + (tray == null ? "not started" : tray.kind()));
        details.add("Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name"));
        if (options.logFile() != null) {
            details.add("Log: " + options.logFile());
        }
        AboutWindow.show(details);
    }

    public TrayPort tray() {
        return tray;
    }

    /** Leaves quickly: releases the tray (bounded wait), closes every window, then exits. */
    public void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        long started = System.nanoTime();
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
