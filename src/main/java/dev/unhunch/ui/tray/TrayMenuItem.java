package dev.unhunch.ui.tray;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the tray menu: a label and what happens when it is chosen, a submenu of further
 * entries, or a separator.
 */
public record TrayMenuItem(String label, Runnable action, List<TrayMenuItem> children) {

    public TrayMenuItem {
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
    }

    /** An entry that runs {@code action} (on the EDT) when chosen. */
    public TrayMenuItem(String label, Runnable action) {
        this(label, Objects.requireNonNull(action, "action"), List.of());
    }

    public static TrayMenuItem separator() {
        return new TrayMenuItem("", null, List.of());
    }

    public static TrayMenuItem submenu(String label, List<TrayMenuItem> children) {
        return new TrayMenuItem(label, null, children);
    }

    public boolean isSeparator() {
        return action == null && children.isEmpty();
    }

    public boolean isSubmenu() {
        return !children.isEmpty();
    }

    /** The labels of every entry and submenu entry in menu order (depth first), separators left out. */
    public static List<String> labels(List<TrayMenuItem> items) {
        List<String> labels = new java.util.ArrayList<>();
        for (TrayMenuItem item : items) {
            if (!item.isSeparator()) {
                labels.add(item.label());
                labels.addAll(labels(item.children()));
            }
        }
        return labels;
    }
}
