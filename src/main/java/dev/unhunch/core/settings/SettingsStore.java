package dev.unhunch.core.settings;

import java.io.IOException;

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
}
