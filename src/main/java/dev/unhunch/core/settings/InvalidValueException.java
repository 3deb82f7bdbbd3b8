package dev.unhunch.core.settings;

import java.util.Objects;

/**
 * A setting's value that cannot be used. The message is English and starts with the key when
 * there is one ({@code "micro.interval: must be between 1m and 4h, was 15h"}); {@link #reason()}
 * carries the same refusal as a code for windows that word it in another language.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Reason reason;

    /** A refusal not yet tied to a key (thrown by parsers). */
    public InvalidValueException(Reason reason) {
        this(null, reason, null);
    }

    /** A refusal of the value of {@code key}; key may be null. */
    public InvalidValueException(String key, Reason reason, Throwable cause) {
        super((key == null ? "" : key + ": ") + reason.english(), cause);
        this.key = key;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The setting key, or null when the parser did not know it. */
    public String key() {
        return key;
    }

    /** What is wrong, as a code and arguments. */
    public Reason reason() {
        return reason;
    }

    /** The reason of any refusal: the code for ours, the English message otherwise. */
    public static Reason reasonOf(IllegalArgumentException e) {
        return e instanceof InvalidValueException invalid ? invalid.reason() : Reason.other(e.getMessage());
    }
}
