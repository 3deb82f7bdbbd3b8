package dev.unhunch.core.settings;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Port to wherever settings are kept; implemented in {@code dev.unhunch.storage}.
 *
 * <p>{@link #load()} never fails on bad content: it reports problems in the
 * {@link SettingsCodec.Decoded} result and falls back to defaults.
 */
public interface SettingsStore {

    /** The stored settings, with problems found and unknown keys preserved. */
    SettingsCodec.Decoded load();

    /** Writes the settings (and keeps unknown keys seen at load). */
    void save(Settings settings) throws IOException;

    /**
     * Keys an administrator has locked: the settings dialog shows them read-only, and
     * {@link #save} does not change them. Empty by default.
     */
    default Set<String> lockedKeys() {
        return Set.of();
    }

    /**
     * What "Restore defaults" goes back to: the built-in defaults, overlaid with the defaults an
     * administrator set where the store knows of any. Built-in by default.
     */
    default Settings defaults() {
        return Settings.defaults();
    }

    /**
     * Messages for the user that have not been shown yet (a bad value and the value used instead,
     * a damaged file that was moved aside and restored, ...). Each message is returned once; the
     * caller shows them, e.g. in a notification. Empty by default.
     */
    default List<Notice> takeNotices() {
        return List.of();
    }
}
