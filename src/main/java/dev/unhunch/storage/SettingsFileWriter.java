package dev.unhunch.storage;

import dev.unhunch.core.settings.SettingKey;
import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.core.settings.Settings;
import java.util.Map;
import java.util.Set;

/**
 * Renders the user's {@code settings.properties}: every setting preceded by a comment with its
 * label, allowed values and default.
 *
 * <p>What is written for each key:
 * <ul>
 *   <li>a key the user's file had, whose text is not in use (a bad value, or a key the
 *       administrator locked) and whose setting was not changed: the user's text, unchanged.
 *       We never replace a user's text with a default on our own;</li>
 *   <li>a key the user's file had, or whose value differs from the default: {@code key = value};</li>
 *   <li>otherwise the key commented out with its default, {@code # key = 20m}, so that a later
 *       change of the administrator's defaults still reaches the user;</li>
 *   <li>a locked key the user's file did not have: a comment saying it is locked.</li>
 * </ul>
 * Keys that are not ours (from a newer version) follow at the end, unchanged.
 *
 * <p>When the user's file exists and is readable, {@link #edit} changes only the lines of the
 * settings whose value changed (same rules), so the user's own comments, order and unknown keys
 * stay as they were; {@link #render} writes the whole commented file when there is none.
 */
final class SettingsFileWriter {

    private SettingsFileWriter() {
    }

    /**
     * @param settings the settings to save
     * @param inUse the settings in use before this save (to tell which settings were changed)
     * @param admin the administrator's layer
     * @param userEntries the entries of the user's file as last read
     * @param unusedKeys keys of {@code userEntries} whose text is not in use
     * @param unknown keys that are not settings, to keep
     */
    static byte[] render(Settings settings, Settings inUse, SettingsLayers.Admin admin,
            Map<String, String> userEntries, Set<String> unusedKeys, Map<String, String> unknown) {
        PropertiesText.Builder out = new PropertiesText.Builder();
        out.comment("Unhunch settings. Edit while Unhunch runs: changes apply within a second.\n"
                + "A line starting with '#' is a comment; '# key = value' shows a default.\n"
                + "Durations are written like 30s, 20m, 1h30m.");
        for (SettingKey<?> k : SettingKeys.ALL) {
            String name = k.key();
            String value = k.text(settings);
            String def = k.text(admin.defaults());
            boolean locked = admin.locked().contains(name);
            out.blank().comment(k.label() + "\n" + allowed(k) + " Default: " + display(def)
                    + (locked ? "\nLocked by the administrator to " + display(def) + "." : ""));
            boolean userHad = userEntries.containsKey(name);
            boolean changed = !value.equals(k.text(inUse));
            if (userHad && unusedKeys.contains(name) && (locked || !changed)) {
                out.entry(name, userEntries.get(name));
            } else if (locked) {
                continue;
            } else if (userHad || !value.equals(def)) {
                out.entry(name, value);
            } else {
                out.commentedEntry(name, value);
            }
        }
        if (!unknown.isEmpty()) {
            out.blank().comment("Settings of another Unhunch version, kept as they are");
            unknown.forEach(out::entry);
        }
        return out.toBytes();
    }

    /**
     * The user's readable file with the settings that differ from {@code inUse} edited in place,
     * line by line; the parameters are those of {@link #render}.
     */
    static byte[] edit(byte[] onDisk, Settings settings, Settings inUse, SettingsLayers.Admin admin) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (SettingKey<?> k : SettingKeys.ALL) {
            String value = k.text(settings);
            // an unchanged setting keeps the user's spelling ("sounds = no"), and a bad value its
            // text; a locked key is never written
            if (!value.equals(k.text(inUse)) && !admin.locked().contains(k.key())) {
                values.put(k.key(), value);
            }
        }
        return PropertiesEdit.apply(onDisk, values);
    }

    private static String display(String text) {
        return text.isEmpty() ? "(empty)" : text;
    }

    private static String allowed(SettingKey<?> k) {
        return switch (k.type()) {
            case BOOLEAN -> "Allowed: true or false.";
            case INTEGER, DURATION -> "Allowed: " + range(k) + ".";
            case TIME_OF_DAY -> "Allowed: a time of day, HH:MM.";
            case WORKING_HOURS -> "Allowed: days and hours like 'mon-fri 09:00-12:30,13:30-17:30'; empty = always.";
            case ID_LIST -> "Allowed: stretch ids separated by commas.";
            case CHOICE -> "Allowed: " + String.join(", ", k.choices()) + ".";
            case LANGUAGE -> "Allowed: system, or a language tag like en, de-CH.";
        };
    }

    private static <T> String range(SettingKey<T> k) {
        return k.format(k.min()) + " to " + k.format(k.max());
    }
}
