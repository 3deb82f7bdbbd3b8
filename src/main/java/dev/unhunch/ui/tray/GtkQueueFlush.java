package dev.unhunch.ui.tray;

import dorkbox.jna.linux.GtkEventDispatch;
import dorkbox.jna.rendering.ProviderType;
import dorkbox.jna.rendering.RenderProvider;
import dorkbox.jna.rendering.Renderer;

/**
 * Dorkbox's plain rendering provider (no JavaFX, no SWT) with one change that makes the GTK tray
 * open ~0.2 s sooner. Dorkbox waits for the GTK thread to finish what was posted to it twice while
 * opening the tray, each time by sleeping 100 ms and then looking whether anything is left: this
 * app's queue is empty long before, so those were 200 ms of sleep in a 0.4 s start of the tray.
 * Its only question to the provider on that path is whether the caller is the GTK event thread,
 * and "yes" skips the sleep; this provider first waits for the queue itself, by posting an empty
 * task and waiting until GTK has run it (the queue runs in order, so everything posted before has
 * run by then), and then says yes. Nothing else in Dorkbox asks that question (checked in
 * SystemTray 4.4 / JNA 1.2); everything else answers as Dorkbox's own default provider does.
 */
final class GtkQueueFlush implements Renderer {

    private GtkQueueFlush() {
    }

    /** Installs the provider; call before the tray is opened. */
    static void install() {
        RenderProvider.set(new GtkQueueFlush());
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public ProviderType getType() {
        return ProviderType.NONE;
    }

    @Override
    public boolean alreadyRunning() {
        return false;
    }

    /** Returns once the GTK thread has run everything posted to it so far (on that thread: at once). */
    @Override
    public boolean isEventThread() {
        GtkEventDispatch.dispatchAndWait(() -> { });
        return true;
    }

    @Override
    public int getGtkVersion() {
        return 0;
    }

    @Override
    public boolean dispatch(Runnable runnable) {
        return false;
    }
}
