package dev.unhunch.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one {@link AppControl} command.
 *
 * @param ok whether the command was carried out
 * @param message what happened, or why not, in a sentence for people
 * @param data machine-readable details (values: strings, numbers, booleans, nested maps)
 * @param afterReply run once the reply has been sent (used by quit)
 */
public record ControlResult(boolean ok, String message, Map<String, Object> data, Runnable afterReply) {

    /** The reason given for every command the running build cannot carry out yet. */
    public static final String NOT_AVAILABLE = "not available yet in this version of Unhunch";

    public ControlResult {
        Objects.requireNonNull(message, "message");
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
        afterReply = afterReply == null ? () -> { } : afterReply;
    }

    /** Done. */
    public static ControlResult ok(String message) {
        return new ControlResult(true, message, Map.of(), null);
    }

    /** Done, with details. */
    public static ControlResult ok(String message, Map<String, Object> data) {
        return new ControlResult(true, message, data, null);
    }

    /** Not done, for the given reason (e.g. "the snooze limit of 3 is reached"). */
    public static ControlResult refused(String reason) {
        return new ControlResult(false, reason, Map.of(), null);
    }

    /** The same result with an action to run after the reply went out. */
    public ControlResult then(Runnable action) {
        return new ControlResult(ok, message, data, action);
    }
}
