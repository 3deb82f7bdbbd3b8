package dev.unhunch.storage;

import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.InvalidValueException;
import dev.unhunch.core.settings.Problem;
import dev.unhunch.core.settings.SettingKey;
import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.settings.SettingsCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stacks the three settings layers, lowest first: built-in defaults, the administrator's
 * defaults file, the user's file. A value that cannot be used falls back to the layer below and
 * is reported as a {@link Problem}; a user value for a key the administrator locked is ignored.
 */
final class SettingsLayers {

    /** The key in the admin file that lists locked keys, comma-separated. */
    static final String LOCKED = "locked";

    private static final Log LOG = Log.of(SettingsLayers.class);

    /**
     * The administrator's layer.
     *
     * @param defaults built-in defaults overlaid with the admin's valid values
     * @param locked keys the user cannot change
     * @param problems admin values that could not be used (logged, not shown to the user)
     */
    record Admin(Settings defaults, Set<String> locked, List<Problem> problems) {
        static final Admin NONE = new Admin(Settings.defaults(), Set.of(), List.of());

        /** This layer with more keys locked. */
        Admin lockingAlso(Set<String> keys) {
            Set<String> all = new LinkedHashSet<>(locked);
            all.addAll(keys);
            return new Admin(defaults, Set.copyOf(all), problems);
        }
    }

    /**
     * The user's layer on top of the admin's.
     *
     * @param decoded the settings in use, problems and unknown keys
     * @param unusedKeys keys whose text in the user file is not in use (bad or locked); their
     *     text is kept as it is when the file is saved, unless the setting was changed
     */
    record User(SettingsCodec.Decoded decoded, Set<String> unusedKeys) {
    }

    private SettingsLayers() {
    }

    /**
     * What was read of the administrator's file.
     *
     * @param admin the layer from the lines that could be read
     * @param present whether there is a file at all
     * @param damage what could not be read ("line 3 is not UTF-8 text", "it cannot be read: ..."),
     *     empty when the file was read in full
     */
    record AdminFile(Admin admin, boolean present, List<String> damage) {
        AdminFile {
            damage = List.copyOf(damage);
        }
    }

    /** The admin layer from a file; none when the path is null, the file missing or unreadable. */
    static Admin readAdmin(Path adminFile) {
        return readAdminFile(adminFile).admin();
    }

    /**
     * The admin layer from a file, line by line: a damaged line costs that line only. Nothing when
     * the path is null or the file missing.
     */
    static AdminFile readAdminFile(Path adminFile) {
        if (adminFile == null || !Files.exists(adminFile)) {
            return new AdminFile(Admin.NONE, false, List.of());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(adminFile);
        } catch (IOException e) {
            String why = "it cannot be read: " + AtomicFiles.reason(e);
            LOG.warn("Admin defaults " + adminFile + ": " + why);
            return new AdminFile(Admin.NONE, true, List.of(why));
        }
        PropertiesText.Lines lines = PropertiesText.read(bytes);
        List<String> damage = lines.damaged().stream().map(PropertiesText.BadLine::toString).toList();
        damage.forEach(d -> LOG.warn("Admin defaults " + adminFile + ": " + d + "; that line is not used"));
        return new AdminFile(admin(lines.entries()), true, damage);
    }

    static Admin admin(Map<String, String> entries) {
        Map<String, String> values = new LinkedHashMap<>(entries);
        String lockedText = values.remove(LOCKED);
        Set<String> locked = new LinkedHashSet<>();
        if (lockedText != null) {
            Arrays.stream(lockedText.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(k -> {
                if (SettingKeys.byName(k).isPresent()) {
                    locked.add(k);
                } else {
                    LOG.warn("Admin defaults: cannot lock unknown setting '" + k + "'");
                }
            });
        }
        User layered = user(Settings.defaults(), Set.of(), values);
        layered.decoded().unknown().keySet().forEach(k -> LOG.warn("Admin defaults: unknown setting '" + k + "' ignored"));
        layered.decoded().problems().forEach(p -> LOG.warn("Admin defaults: " + p.message()));
        return new Admin(layered.decoded().settings(), Set.copyOf(locked), layered.decoded().problems());
    }

    static User user(Admin admin, Map<String, String> entries) {
        return user(admin.defaults(), admin.locked(), entries);
    }

    private static User user(Settings base, Set<String> locked, Map<String, String> entries) {
        Settings.Builder b = base.toBuilder();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        Set<String> unused = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            Optional<SettingKey<?>> key = SettingKeys.byName(e.getKey().strip());
            if (key.isEmpty()) {
                unknown.put(e.getKey(), e.getValue());
                continue;
            }
            SettingKey<?> k = key.get();
            if (locked.contains(k.key())) {
                unused.add(k.key());
                LOG.info("Setting " + k.key() + " = '" + e.getValue() + "' ignored: locked by the administrator to "
                        + k.text(base));
                continue;
            }
            try {
                k.setText(b, e.getValue());
            } catch (IllegalArgumentException ex) {
                unused.add(k.key());
                String used = k.text(base);
                problems.add(new Problem(k.key(), e.getValue(), used, ex.getMessage() + "; using " + used,
                        InvalidValueException.reasonOf(ex)));
            }
        }
        Settings settings = b.build();
        List<Problem> rules = SettingKeys.validate(settings);
        if (!rules.isEmpty()) {
            // only the rule between activity.noise and activity.idle can fail here: ranges were checked
            SettingKeys.ACTIVITY_NOISE.set(b, SettingKeys.ACTIVITY_NOISE.get(base));
            SettingKeys.ACTIVITY_IDLE.set(b, SettingKeys.ACTIVITY_IDLE.get(base));
            settings = b.build();
            for (SettingKey<?> k : List.of(SettingKeys.ACTIVITY_NOISE, SettingKeys.ACTIVITY_IDLE)) {
                if (entries.containsKey(k.key())) {
                    unused.add(k.key());
                }
            }
            String used = "activity.noise " + SettingKeys.ACTIVITY_NOISE.text(base)
                    + " and activity.idle " + SettingKeys.ACTIVITY_IDLE.text(base);
            for (Problem p : rules) {
                problems.add(new Problem(p.key(), p.value(), SettingKeys.ACTIVITY_NOISE.text(base),
                        p.message() + "; using " + used, p.reason()));
            }
        }
        return new User(new SettingsCodec.Decoded(settings, problems, unknown), Set.copyOf(unused));
    }
}
