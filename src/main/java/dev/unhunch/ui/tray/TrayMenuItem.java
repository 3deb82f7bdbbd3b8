package dev.unhunch.ui.tray;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the tray menu: a label and what happens when it is chosen, a submenu of further
 * entries, or a separator.
 */
public record TrayMenuItem(String label, Runnable action, List<TrayMenuItem> children, boolean enabled) {

    public TrayMenuItem {
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
    }

    public TrayMenuItem(String label, Runnable action, List<TrayMenuItem> children) {
        this(label, action, children, true);
    }

    /** An entry that runs {@code action} (on the EDT) when chosen. */
    public TrayMenuItem(String label, Runnable action) {
        this(label, Objects.requireNonNull(action, "action"), List.of());
    }

    /** This entry, greyed out unless {@code on}: offered only when it can act. */
    public TrayMenuItem enabledIf(boolean on) {
        return new TrayMenuItem(label, action, children, on);
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

    /** Whether each entry can be chosen, in the order of {@link #labels}. */
    public static List<Boolean> enabledStates(List<TrayMenuItem> items) {
        List<Boolean> states = new java.util.ArrayList<>();
        for (TrayMenuItem item : items) {
            if (!item.isSeparator()) {
                states.add(item.enabled());
                states.addAll(enabledStates(item.children()));
            }
        }
        return states;
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
