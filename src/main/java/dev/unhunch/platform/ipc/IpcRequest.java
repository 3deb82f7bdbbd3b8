package dev.unhunch.platform.ipc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One command sent to the running instance: {@code {"v":1,"cmd":"snooze","args":{"duration":"10m"}}}.
 *
 * <p>Argument values are JSON scalars (strings, numbers, booleans); {@link #text(String)} reads
 * one as text whatever its JSON type.
 */
public record IpcRequest(int v, String cmd, Map<String, Object> args) {

    public IpcRequest {
        Objects.requireNonNull(cmd, "cmd");
        args = args == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** A request in the current protocol version. */
    public static IpcRequest of(String cmd, Map<String, Object> args) {
        return new IpcRequest(IpcCodec.VERSION, cmd, args);
    }

    /** A request without arguments in the current protocol version. */
    public static IpcRequest of(String cmd) {
        return of(cmd, Map.of());
    }

    /** The argument as text, or empty when absent or JSON null. */
    public Optional<String> text(String name) {
        Object value = args.get(name);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }
}
