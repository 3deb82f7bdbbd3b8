package dev.unhunch.core.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts {@link Settings} to and from the flat map of text values that the storage layer keeps
 * in a {@code .properties} file.
 *
 * <p>Decoding never fails: a value that cannot be read or is out of range falls back to the
 * default for its key and yields a {@link Problem}; keys that are not ours are returned
 * separately so that storage can keep them.
 */
public final class SettingsCodec {

    /**
     * The outcome of {@link #decode}.
     *
     * @param settings valid settings, with defaults where the map had no or a bad value
     * @param problems one entry per replaced value, naming key, bad value and value used
     * @param unknown entries whose keys are not settings, in map order
     */
    public record Decoded(Settings settings, List<Problem> problems, Map<String, String> unknown) {
        public Decoded {
            problems = List.copyOf(problems);
            unknown = Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
        }
    }

    private SettingsCodec() {
    }

    /** Every setting as text, in {@link SettingKeys#ALL} order. */
    public static Map<String, String> encode(Settings settings) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SettingKey<?> k : SettingKeys.ALL) {
            out.put(k.key(), k.text(settings));
        }
        return out;
    }

    /** Reads settings from text values; missing keys take their defaults silently. */
    public static Decoded decode(Map<String, String> values) {
        Settings.Builder b = Settings.builder();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            Optional<SettingKey<?>> key = SettingKeys.byName(e.getKey().strip());
            if (key.isEmpty()) {
                unknown.put(e.getKey(), e.getValue());
                continue;
            }
            SettingKey<?> k = key.get();
            try {
                k.setText(b, e.getValue());
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(k.key(), e.getValue(), k.defaultText(),
                        ex.getMessage() + "; using " + k.defaultText(), InvalidValueException.reasonOf(ex)));
            }
        }
        Settings settings = b.build();
        Optional<Problem> cross = SettingKeys.crossCheck(settings);
        if (cross.isPresent()) {
            Settings defaults = Settings.defaults();
            settings = settings.toBuilder()
                    .activityNoise(defaults.activity().noise())
                    .activityIdle(defaults.activity().idle())
                    .build();
            Problem p = cross.get();
            problems.add(new Problem(p.key(), p.value(), SettingKeys.ACTIVITY_NOISE.defaultText(),
                    p.message() + "; using activity.noise " + SettingKeys.ACTIVITY_NOISE.defaultText()
                            + " and activity.idle " + SettingKeys.ACTIVITY_IDLE.defaultText(), p.reason()));
        }
        return new Decoded(settings, problems, unknown);
    }
}
