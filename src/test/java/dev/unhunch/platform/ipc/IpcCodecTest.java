package dev.unhunch.platform.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpcCodecTest {

    @Test
    void requestRoundTrip() throws Exception {
        IpcRequest request = IpcRequest.of("snooze", Map.of("duration", "10m"));
        String line = IpcCodec.encode(request);
        assertThat(line).isEqualTo("{\"v\":1,\"cmd\":\"snooze\",\"args\":{\"duration\":\"10m\"}}");
        assertThat(IpcCodec.decodeRequest(line)).isEqualTo(request);
    }

    @Test
    void requestWithoutArgsLeavesThemOut() throws Exception {
        assertThat(IpcCodec.encode(IpcRequest.of("status"))).isEqualTo("{\"v\":1,\"cmd\":\"status\"}");
        assertThat(IpcCodec.decodeRequest("{\"cmd\":\"status\",\"v\":1,\"args\":null}").args()).isEmpty();
    }

    @Test
    void replyRoundTripKeepsFieldOrderAndTypes() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("running", true);
        data.put("pid", 42);
        data.put("next", Map.of("kind", "micro"));
        IpcReply reply = IpcReply.success("fine \"quoted\"\nand a newline", data);
        String line = IpcCodec.encode(reply);
        assertThat(line).doesNotContain("\n").startsWith("{\"v\":1,\"ok\":true,\"message\":");
        assertThat(IpcCodec.decodeReply(line)).isEqualTo(reply);

        IpcReply refused = IpcReply.failure(IpcReply.ERROR_REFUSED, "snooze limit reached");
        assertThat(IpcCodec.encode(refused))
                .isEqualTo("{\"v\":1,\"ok\":false,\"error\":\"refused\",\"message\":\"snooze limit reached\",\"data\":{}}");
        assertThat(IpcCodec.decodeReply(IpcCodec.encode(refused))).isEqualTo(refused);
    }

    @Test
    void lineAtTheLimitIsReadAndOneByteMoreIsTooLarge() throws Exception {
        String head = "{\"v\":1,\"cmd\":\"status\",\"args\":{\"pad\":\"";
        String tail = "\"}}";
        String atLimit = head + "x".repeat(IpcCodec.MAX_LINE_BYTES - head.length() - tail.length()) + tail;
        assertThat(IpcCodec.byteLength(atLimit)).isEqualTo(IpcCodec.MAX_LINE_BYTES);
        assertThat(IpcCodec.decodeRequest(atLimit).cmd()).isEqualTo("status");

        String over = head + "x".repeat(IpcCodec.MAX_LINE_BYTES - head.length() - tail.length() + 1) + tail;
        assertThatThrownBy(() -> IpcCodec.decodeRequest(over))
                .isInstanceOfSatisfying(IpcProtocolException.class,
                        e -> assertThat(e.error()).isEqualTo(IpcReply.ERROR_TOO_LARGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "not json", "[1,2]", "\"status\"", "42", "{", "{\"v\":1}", "{\"v\":1,\"cmd\":\"\"}",
        "{\"v\":1,\"cmd\":5}", "{\"v\":\"1\",\"cmd\":\"status\"}", "{\"cmd\":\"status\"}",
        "{\"v\":1,\"cmd\":\"status\",\"args\":[]}", "{\"v\":1,\"cmd\":\"status\",\"args\":{\"a\":{\"b\":1}}}",
        "{\"v\":1,\"cmd\":\"status\"} trailing", "{\"v\":1,\"cmd\":\"status\"}{}", "{\"v\":1.5,\"cmd\":\"status\"}",
        "{\"v\":99999999999999999999,\"cmd\":\"status\"}"})
    void malformedRequestsAreBadRequests(String line) {
        assertThatThrownBy(() -> IpcCodec.decodeRequest(line))
                .isInstanceOfSatisfying(IpcProtocolException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcReply.ERROR_BAD_REQUEST);
                    assertThat(e.toReply().ok()).isFalse();
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void anotherVersionIsNamedInTheError() {
        assertThatThrownBy(() -> IpcCodec.decodeRequest("{\"v\":2,\"cmd\":\"status\"}"))
                .isInstanceOfSatisfying(IpcProtocolException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcReply.ERROR_UNSUPPORTED_VERSION);
                    assertThat(e.getMessage()).contains("2").contains("version 1");
                });
    }

    @Test
    void deeplyNestedJsonIsRejectedNotThrown() {
        String deep = "{\"v\":1,\"cmd\":\"x\",\"args\":{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}}";
        assertThatThrownBy(() -> IpcCodec.decodeRequest(deep)).isInstanceOf(IpcProtocolException.class);
    }

    @Test
    void replyWithWrongTypesIsRejected() {
        assertThatThrownBy(() -> IpcCodec.decodeReply("{\"v\":1,\"ok\":\"yes\",\"message\":\"m\"}"))
                .isInstanceOf(IpcProtocolException.class);
        assertThatThrownBy(() -> IpcCodec.decodeReply("{\"v\":1,\"ok\":true,\"message\":\"m\",\"data\":[]}"))
                .isInstanceOf(IpcProtocolException.class);
    }
}
