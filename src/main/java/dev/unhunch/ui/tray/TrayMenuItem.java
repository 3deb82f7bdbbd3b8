package dev.unhunch.ui.tray;

import java.util.Objects;

/**
 * One entry of the tray menu: a label and what happens when it is chosen. A null action makes a
 * separator.
 */
public record TrayMenuItem(String label, Runnable action) {

    public TrayMenuItem {
        Objects.requireNonNull(label, "label");
    }

    public static TrayMenuItem separator() {
        return new TrayMenuItem("", null);
    }

    public boolean isSeparator() {
        return action == null;
    }
}
