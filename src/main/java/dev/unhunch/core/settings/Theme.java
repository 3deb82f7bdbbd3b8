package dev.unhunch.core.settings;

/** The look of the windows: light, dark or following the operating system. */
public enum Theme {
    LIGHT, DARK, SYSTEM
}
