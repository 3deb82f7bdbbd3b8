package dev.unhunch.ui.icons;

/** What the tray icon tells at a glance; each state has its own SVG source in {@code icons/}. */
public enum TrayIconState {
    /** Counting active time, no break close. */
    NORMAL("tray-normal.svg"),
    /** A break is near: a ring fills up towards it. */
    DUE_SOON("tray-due.svg"),
    /** The user paused the reminders. */
    PAUSED("tray-paused.svg"),
    /** A break is in progress. */
    IN_BREAK("tray-break.svg");

    private final String file;

    TrayIconState(String file) {
        this.file = file;
    }

    /** The SVG file name under {@code icons/} (and {@code /dev/unhunch/icons/} at run time). */
    public String file() {
        return file;
    }
}
