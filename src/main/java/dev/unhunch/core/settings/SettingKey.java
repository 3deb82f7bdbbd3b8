package dev.unhunch.core.settings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One setting: its string key, type, default, allowed range and human label, and how to read,
 * write, check, get and set its value. All instances are in {@link SettingKeys}.
 *
 * @param <T> the value type
 */
public final class SettingKey<T> {

    private final String key;
    private final String label;
    private final SettingType type;
    private final T min;
    private final T max;
    private final List<String> choices;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    private final Function<T, Reason> checker;
    private final Function<Settings, T> getter;
    private final BiConsumer<Settings.Builder, T> setter;

    SettingKey(String key, String label, SettingType type, T min, T max, List<String> choices,
            Function<String, T> parser, Function<T, String> formatter, Function<T, Reason> checker,
            Function<Settings, T> getter, BiConsumer<Settings.Builder, T> setter) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.min = min;
        this.max = max;
        this.choices = List.copyOf(choices);
        this.parser = parser;
        this.formatter = formatter;
        this.checker = checker;
        this.getter = getter;
        this.setter = setter;
    }

    /** The string key used in files and on the command line, e.g. {@code micro.interval}. */
    public String key() {
        return key;
    }

    /**
     * A short English label, e.g. "Micro break after this much activity", for the file's
     * comments; windows look up {@link #labelKey()} in their language instead.
     */
    public String label() {
        return label;
    }

    /** The key of this setting's label in a text bundle, e.g. {@code setting.micro.interval}. */
    public String labelKey() {
        return "setting." + key;
    }

    public SettingType type() {
        return type;
    }

    /** The smallest allowed value, or null when the type has no order. */
    public T min() {
        return min;
    }

    /** The largest allowed value, or null when the type has no order. */
    public T max() {
        return max;
    }

    /** For {@link SettingType#CHOICE}, the allowed words; otherwise empty. */
    public List<String> choices() {
        return choices;
    }

    /** The default value. */
    public T defaultValue() {
        return get(Settings.defaults());
    }

    /** The default as text. */
    public String defaultText() {
        return format(defaultValue());
    }

    /** This setting's value in {@code settings}. */
    public T get(Settings settings) {
        return getter.apply(settings);
    }

    /** This setting's value in {@code settings} as text. */
    public String text(Settings settings) {
        return format(get(settings));
    }

    /** Sets this setting on a builder. */
    public void set(Settings.Builder builder, T value) {
        setter.accept(builder, Objects.requireNonNull(value, key));
    }

    /** The value as it is written to a file. */
    public String format(T value) {
        return formatter.apply(value);
    }

    /**
     * Reads a value from text and checks its range.
     *
     * @throws InvalidValueException with a message starting with the key, such as
     *     {@code "micro.interval: must be between 1m and 4h, was 15h"}
     */
    public T parse(String text) {
        T value;
        try {
            value = parser.apply(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(key, InvalidValueException.reasonOf(e), e);
        }
        Optional<Reason> problem = checkReason(value);
        if (problem.isPresent()) {
            throw new InvalidValueException(key, problem.get(), null);
        }
        return value;
    }

    /** Checks the range; the message starts with the key and says what is allowed. */
    public Optional<String> check(T value) {
        return checkReason(value).map(r -> key + ": " + r.english());
    }

    /** Checks the range; empty when the value is allowed. */
    public Optional<Reason> checkReason(T value) {
        return Optional.ofNullable(checker.apply(value));
    }

    /** Reads text and sets it on the builder; throws like {@link #parse}. */
    public void setText(Settings.Builder builder, String text) {
        set(builder, parse(text));
    }

    @Override
    public String toString() {
        return key;
    }
}
