package dev.unhunch.ui.settings;

import dev.unhunch.core.settings.Problem;
import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.core.settings.Settings;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * What the settings dialog needs from the rest of the app. The dialog never touches files itself:
 * the app implements this port over the settings store (see {@code dev.unhunch.app}).
 */
public interface SettingsPort {

    /** The settings in use now. */
    Settings current();

    /**
     * Values in the settings file that could not be used, each with the value used instead, so
     * that the dialog can mark them; empty when every value was fine.
     */
    default List<Problem> fileProblems() {
        return List.of();
    }

    /** Keys an administrator locked; the dialog shows them read-only. */
    Set<String> lockedKeys();

    /**
     * What "Restore defaults" puts back: the built-in defaults, overlaid with an administrator's
     * defaults where there are any. Locked keys keep their value either way.
     */
    default Settings defaults() {
        return Settings.defaults();
    }

    /** Whether {@link #defaults()} come partly from an administrator, so the user can be told. */
    default boolean defaultsFromAdministrator() {
        return false;
    }

    /** Problems with the settings; empty when they may be applied. */
    default List<Problem> validate(Settings settings) {
        return SettingKeys.validate(settings);
    }

    /**
     * Stores the settings and puts them into effect.
     *
     * @throws IOException with a message a person can act on when they cannot be stored
     */
    void apply(Settings settings) throws IOException;

    /** Where the settings are kept, shown read-only, e.g. the path of the settings file. */
    String location();

    /**
     * Reads a settings file the user chose and says what importing it would change, without
     * changing anything.
     */
    ImportPreview previewImport(File file);

    /** Writes the settings to a file the user chose. */
    void export(Settings settings, File file) throws IOException;
}
