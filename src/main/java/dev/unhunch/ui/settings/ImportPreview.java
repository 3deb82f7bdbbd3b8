package dev.unhunch.ui.settings;

import dev.unhunch.core.settings.Settings;
import java.util.List;
import java.util.Objects;

/**
 * What importing a settings file would do.
 *
 * @param settings the settings after the import; null when the file was refused
 * @param changes one line per changed setting, e.g. {@code micro.interval: 20m → 25m}
 * @param notes things left out, e.g. a locked or unknown key
 * @param refusal why the file cannot be imported; null when it can
 */
public record ImportPreview(Settings settings, List<String> changes, List<String> notes, String refusal) {

    public ImportPreview {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
        if ((settings == null) == (refusal == null)) {
            throw new IllegalArgumentException("either settings or a refusal");
        }
    }

    /** A file that can be imported. */
    public static ImportPreview of(Settings settings, List<String> changes, List<String> notes) {
        return new ImportPreview(Objects.requireNonNull(settings, "settings"), changes, notes, null);
    }

    /** A file that cannot be imported, and why. */
    public static ImportPreview refused(String reason) {
        return new ImportPreview(null, List.of(), List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** Whether the file can be imported. */
    public boolean accepted() {
        return refusal == null;
    }
}
