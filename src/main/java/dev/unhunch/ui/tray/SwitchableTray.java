package dev.unhunch.ui.tray;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A {@link TrayPort} that can move to another one while the app runs: the status window stands in
 * at start, and the tray takes over once a tray host appears (a panel that starts after the app at
 * login). It remembers the status, icon and labels it was given, so the new port shows them at once.
 */
public final class SwitchableTray implements TrayPort {

    private TrayPort current; // all guarded by this
    private String status;
    private IntFunction<byte[]> icon;
    private List<TrayMenuItem> labels;
    private boolean shutDown;

    public SwitchableTray(TrayPort first) {
        this.current = Objects.requireNonNull(first, "first");
    }

    /**
     * Shows everything on {@code next} from now on and shuts the previous port down. After
     * {@link #shutdown()} it shuts {@code next} down instead.
     *
     * @return whether {@code next} took over
     */
    public boolean switchTo(TrayPort next) {
        Objects.requireNonNull(next, "next");
        TrayPort previous;
        synchronized (this) {
            if (shutDown) {
                previous = next;
            } else {
                if (labels != null) {
                    next.relabel(labels);
                }
                if (icon != null) {
                    next.setIcon(icon);
                }
                if (status != null) {
                    next.setStatus(status);
                }
                previous = current;
                current = next;
            }
        }
        previous.shutdown();
        return previous != next;
    }

    /** Whether {@link #shutdown()} was called (the app is quitting). */
    public synchronized boolean isShutDown() {
        return shutDown;
    }

    @Override
    public synchronized String kind() {
        return current.kind();
    }

    @Override
    public synchronized boolean isStatusWindow() {
        return current.isStatusWindow();
    }

    @Override
    public synchronized void setStatus(String status) {
        this.status = status;
        current.setStatus(status);
    }

    @Override
    public synchronized void setIcon(IntFunction<byte[]> pngAtSize) {
        this.icon = pngAtSize;
        current.setIcon(pngAtSize);
    }

    @Override
    public synchronized void relabel(List<TrayMenuItem> items) {
        this.labels = List.copyOf(items);
        current.relabel(items);
    }

    @Override
    public synchronized void shutdown() {
        shutDown = true;
        current.shutdown();
    }
}
