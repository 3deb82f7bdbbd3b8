package dev.unhunch.core.settings;

/**
 * Something wrong with one setting, explained for a person.
 *
 * @param key the setting key, such as {@code micro.interval}
 * @param value the offending value as text
 * @param used the value used instead, as text; null when nothing was replaced (validation only)
 * @param message the whole explanation in English, starting with the key, e.g.
 *     {@code "micro.interval: must be between 1m and 4h, was 15h; using 20m"}
 * @param reason what is wrong as a code, for windows that say it in another language
 */
public record Problem(String key, String value, String used, String message, Reason reason) {

    /** A problem known only by its English message. */
    public Problem(String key, String value, String used, String message) {
        this(key, value, used, message, Reason.other(message));
    }

    @Override
    public String toString() {
        return message;
    }
}
