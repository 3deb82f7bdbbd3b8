package dev.unhunch.ui.tray;

import dev.unhunch.core.log.Log;
import dorkbox.jna.linux.GtkEventDispatch;
import dorkbox.systemTray.Menu;
import dorkbox.systemTray.MenuItem;
import dorkbox.systemTray.Separator;
import dorkbox.systemTray.SystemTray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javax.swing.SwingUtilities;

/** A {@link TrayPort} over Dorkbox SystemTray. */
final class DorkboxTray implements TrayPort {

    private static final Log LOG = Log.of(DorkboxTray.class);
    /** Quit must feel instant; Dorkbox's own shutdown can take seconds, so we wait at most this. */
    private static final long SHUTDOWN_WAIT_MS = 400;

    private static final String GTK_THREAD = "GTK Native Event Loop";

    private final SystemTray tray;
    /** The menu's labelled entries in menu order (depth first), to relabel them in place. */
    private final List<MenuItem> labelled = new ArrayList<>();
    private volatile boolean closed;

    private DorkboxTray(SystemTray tray) {
        this.tray = tray;
    }

    /**
     * Opens the tray with the given type, or returns null when Dorkbox cannot provide one (no tray
     * host for the Swing/AWT types, unsupported desktop).
     */
    static DorkboxTray open(SystemTray.TrayType type, List<TrayMenuItem> items,
            IntFunction<byte[]> pngAtSize) {
        SystemTray.FORCE_TRAY_TYPE = type;
        // CI and some users run as root; Dorkbox would then refuse GTK/AppIndicator for no reason we share.
        SystemTray.ENABLE_ROOT_CHECK = false;
        SystemTray.AUTO_FIX_INCONSISTENCIES = true;
        // Dorkbox's libraries otherwise report an instance id and their versions to Dorkbox's update
        // server from a "Maintenance Updates" thread; Unhunch makes no network connections.
        dorkbox.updates.Updates.INSTANCE.setENABLE(false);
        GtkQueueFlush.install();
        if (type == SystemTray.TrayType.Gtk || type == SystemTray.TrayType.AppIndicator) {
            startGtkFirst();
        }
        SystemTray tray = SystemTray.get("Unhunch");
        if (tray == null) {
            return null;
        }
        DorkboxTray port = new DorkboxTray(tray);
        port.setIcon(pngAtSize);
        port.addItems(tray.getMenu(), items);
        LOG.info(() -> "Tray ready: " + port.kind() + ", icon size " + tray.getTrayImageSize() + " px");
        return port;
    }

    /**
     * Runs Dorkbox's desktop detection now (Linux): it decides details of the GTK tray from
     * {@code ps} output and is remembered, so the tray's own start no longer waits for it.
     */
    static void detectDesktop() {
        if (dorkbox.os.OS.INSTANCE.isLinux()) {
            dorkbox.os.OS.DesktopEnv.INSTANCE.getEnv();
        }
    }

    /**
     * Starts Dorkbox's GTK thread and waits until it sits in its main loop. Otherwise
     * {@code SystemTray.get()} asks GTK for the indicator size while that thread is still inside
     * gtk_init: with no loop running yet, glib runs the request on the calling thread, racing the
     * initialisation. Seen here as a hang in GType initialisation and as a fatal "Can't create a
     * GtkStyleContext without a display connection" (also reported as dorkbox/SystemTray#159).
     */
    static void startGtkFirst() {
        GtkEventDispatch.startGui(false, true, false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
                if (GTK_THREAD.equals(entry.getKey().getName()) && inMainLoop(entry.getValue())) {
                    return;
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.warn("GTK's event loop did not start within 5 s; trying the tray anyway");
    }

    private static boolean inMainLoop(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if ("g_main_loop_run".equals(frame.getMethodName())) {
                return true;
            }
        }
        return false;
    }

    private void addItems(Menu menu, List<TrayMenuItem> items) {
        for (TrayMenuItem item : items) {
            if (item.isSeparator()) {
                menu.add(new Separator());
            } else if (item.isSubmenu()) {
                Menu submenu = menu.add(new Menu(item.label()));
                submenu.setEnabled(item.enabled());
                labelled.add(submenu);
                addItems(submenu, item.children());
            } else {
                Runnable action = item.action();
                // Dorkbox calls back on its own dispatch thread; the app's UI lives on the EDT.
                MenuItem entry = menu.add(new MenuItem(item.label(), event -> SwingUtilities.invokeLater(action)));
                entry.setEnabled(item.enabled());
                labelled.add(entry);
            }
        }
    }

    @Override
    public void relabel(List<TrayMenuItem> items) {
        List<String> labels = TrayMenuItem.labels(items);
        if (closed || labels.size() != labelled.size()) {
            LOG.warn("Tray menu not relabelled: " + labels.size() + " labels for " + labelled.size() + " entries");
            return;
        }
        List<Boolean> enabled = TrayMenuItem.enabledStates(items);
        for (int i = 0; i < labels.size(); i++) {
            labelled.get(i).setText(labels.get(i));
            labelled.get(i).setEnabled(enabled.get(i));
        }
    }

    @Override
    public String kind() {
        return "Dorkbox " + tray.getType();
    }

    @Override
    public void setStatus(String status) {
        if (!closed) {
            tray.setStatus(status);
        }
    }

    @Override
    public void setIcon(IntFunction<byte[]> pngAtSize) {
        if (!closed) {
            int size = Math.max(16, tray.getTrayImageSize());
            tray.setImage(new java.io.ByteArrayInputStream(pngAtSize.apply(size)));
        }
    }

    @Override
    public void shutdown() {
        if (closed) {
            return;
        }
        closed = true;
        CountDownLatch done = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            try {
                tray.shutdown();
            } finally {
                done.countDown();
            }
        }, "tray-shutdown");
        stopper.setDaemon(true);
        stopper.start();
        try {
            if (!done.await(SHUTDOWN_WAIT_MS, TimeUnit.MILLISECONDS)) {
                LOG.info("Tray shutdown still running after " + SHUTDOWN_WAIT_MS + " ms; not waiting for it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
