package dev.unhunch.core.settings;

/** The kind of value a setting holds, so that a dialog can pick a matching editor. */
public enum SettingType {
    /** {@code true} / {@code false}. */
    BOOLEAN,
    /** A whole number within {@link SettingKey#min()} and {@link SettingKey#max()}. */
    INTEGER,
    /** A duration in {@link dev.unhunch.core.time.DurationText} form, such as {@code 20m}. */
    DURATION,
    /** A local time of day, {@code HH:MM}. */
    TIME_OF_DAY,
    /** A {@link WorkingHours} text. */
    WORKING_HOURS,
    /** A comma-separated list of stretch ids. */
    ID_LIST,
    /** One of a fixed set of words, see {@link SettingKey#choices()}. */
    CHOICE,
    /** {@code system} or a BCP-47 language tag. */
    LANGUAGE
}
