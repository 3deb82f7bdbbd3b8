package dev.unhunch.platform.ipc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to one {@link IpcRequest}:
 * {@code {"v":1,"ok":true,"message":"...","data":{...}}} or, when the command was not carried
 * out, {@code {"v":1,"ok":false,"error":"refused","message":"reason","data":{}}}.
 *
 * @param error null when {@code ok}; otherwise one of the {@code ERROR_*} codes
 * @param message a sentence for people; the reason when refused
 * @param data machine-readable details; never null
 */
public record IpcReply(int v, boolean ok, String error, String message, Map<String, Object> data) {

    /** The app understood the command and decided not to do it (snooze limit reached...). */
    public static final String ERROR_REFUSED = "refused";
    /** No such command. */
    public static final String ERROR_UNKNOWN_COMMAND = "unknown-command";
    /** Not JSON, not an object, missing or mistyped fields, bad argument values. */
    public static final String ERROR_BAD_REQUEST = "bad-request";
    /** The line was longer than {@link IpcCodec#MAX_LINE_BYTES}. */
    public static final String ERROR_TOO_LARGE = "too-large";
    /** The request asked for a protocol version this build does not speak. */
    public static final String ERROR_UNSUPPORTED_VERSION = "unsupported-version";
    /** No complete line arrived before the read timeout, or no reply before the client's. */
    public static final String ERROR_TIMEOUT = "timeout";
    /** The app failed while carrying the command out. */
    public static final String ERROR_INTERNAL = "internal";
    /** Only made up by clients: nothing answers on the socket. */
    public static final String ERROR_NOT_RUNNING = "not-running";
    /** Every client slot of the running app is taken (a flood of connections); try again. */
    public static final String ERROR_BUSY = "busy";

    public IpcReply {
        Objects.requireNonNull(message, "message");
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
        if (ok && error != null) {
            throw new IllegalArgumentException("a successful reply carries no error code");
        }
        if (!ok && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("a failed reply needs an error code");
        }
    }

    /** A successful reply with details. */
    public static IpcReply success(String message, Map<String, Object> data) {
        return new IpcReply(IpcCodec.VERSION, true, null, message, data);
    }

    /** A failed reply with one of the {@code ERROR_*} codes and a reason a person can act on. */
    public static IpcReply failure(String error, String message) {
        return failure(error, message, Map.of());
    }

    /** A failed reply that still carries details (e.g. when a refused snooze is possible again). */
    public static IpcReply failure(String error, String message, Map<String, Object> data) {
        return new IpcReply(IpcCodec.VERSION, false, error, message, data);
    }
}
