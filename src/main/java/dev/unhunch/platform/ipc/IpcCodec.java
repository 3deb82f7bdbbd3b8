package dev.unhunch.platform.ipc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wire format: one JSON object per line, UTF-8, at most {@link #MAX_LINE_BYTES} bytes
 * before the newline. Decoding is strict (one object, nothing after it, known field types) and
 * reports every problem as an {@link IpcProtocolException} carrying the reply to send.
 */
public final class IpcCodec {

    /** The protocol version this build speaks. */
    public static final int VERSION = 1;
    /** The longest line either side accepts, newline excluded. */
    public static final int MAX_LINE_BYTES = 16 * 1024;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JSON JSON_STD = JSON.std.with(JSON.Feature.PRESERVE_FIELD_ORDERING);

    private IpcCodec() {
    }

    /** The request as one line of JSON, without the newline. */
    public static String encode(IpcRequest request) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("v", request.v());
        map.put("cmd", request.cmd());
        if (!request.args().isEmpty()) {
            map.put("args", request.args());
        }
        return write(map);
    }

    /** The reply as one line of JSON, without the newline. */
    public static String encode(IpcReply reply) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("v", reply.v());
        map.put("ok", reply.ok());
        if (reply.error() != null) {
            map.put("error", reply.error());
        }
        map.put("message", reply.message());
        map.put("data", reply.data());
        return write(map);
    }

    /** Reads a request line; the exception's reply tells the client what was wrong. */
    public static IpcRequest decodeRequest(String line) throws IpcProtocolException {
        Map<String, Object> map = readObject(line);
        int v = version(map);
        if (v != VERSION) {
            throw new IpcProtocolException(IpcReply.ERROR_UNSUPPORTED_VERSION,
                    "protocol version " + v + " is not supported; this Unhunch speaks version " + VERSION);
        }
        Object cmd = map.get("cmd");
        if (!(cmd instanceof String) || ((String) cmd).isBlank()) {
            throw bad("\"cmd\" must be a non-empty string");
        }
        Object args = map.getOrDefault("args", Map.of());
        if (args == null) {
            args = Map.of();
        }
        if (!(args instanceof Map)) {
            throw bad("\"args\" must be an object");
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) args).entrySet()) {
            Object value = e.getValue();
            if (value instanceof Map || value instanceof Iterable || value instanceof Object[]) {
                throw bad("argument \"" + e.getKey() + "\" must be a string, number or boolean");
            }
            typed.put(String.valueOf(e.getKey()), value);
        }
        return new IpcRequest(v, (String) cmd, typed);
    }

    /** Reads a reply line, as a client does. */
    public static IpcReply decodeReply(String line) throws IpcProtocolException {
        Map<String, Object> map = readObject(line);
        int v = version(map);
        Object ok = map.get("ok");
        Object message = map.getOrDefault("message", "");
        Object error = map.get("error");
        Object data = map.getOrDefault("data", Map.of());
        if (!(ok instanceof Boolean) || !(message instanceof String)
                || (error != null && !(error instanceof String)) || !(data instanceof Map)) {
            throw bad("the reply's fields have the wrong types");
        }
        boolean success = (Boolean) ok;
        String code = success ? null : (error == null ? IpcReply.ERROR_INTERNAL : (String) error);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) data;
        return new IpcReply(v, success, code, (String) message, details);
    }

    /** Size of the line in UTF-8, to check against {@link #MAX_LINE_BYTES}. */
    public static int byteLength(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }

    private static Map<String, Object> readObject(String line) throws IpcProtocolException {
        if (line == null || line.isBlank()) {
            throw bad("empty message");
        }
        if (byteLength(line) > MAX_LINE_BYTES) {
            throw new IpcProtocolException(IpcReply.ERROR_TOO_LARGE,
                    "message longer than " + MAX_LINE_BYTES + " bytes");
        }
        try (JsonParser parser = FACTORY.createParser(line)) {
            Object value = JSON_STD.anyFrom(parser);
            if (parser.nextToken() != null) {
                throw bad("text after the JSON object");
            }
            if (!(value instanceof Map)) {
                throw bad("a message must be a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            return map;
        } catch (IOException | RuntimeException e) {
            throw bad("not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    private static int version(Map<String, Object> map) throws IpcProtocolException {
        Object v = map.get("v");
        if (!(v instanceof Integer)) {
            throw bad("\"v\" must be the protocol version number (" + VERSION + ")");
        }
        return (Integer) v;
    }

    private static String write(Map<String, Object> map) {
        try {
            return JSON_STD.asString(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IpcProtocolException bad(String message) {
        return new IpcProtocolException(IpcReply.ERROR_BAD_REQUEST, message);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
