package dev.unhunch.platform.ipc;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

/** Hostile messages for the IPC server: random bytes, oversized, deeply nested and malformed lines. */
public final class IpcServerFuzz {

    private IpcServerFuzz() {
    }

    /** Sends the bytes, half-closes, and returns whatever the server answered (maybe nothing). */
    public static String send(Path socket, byte[] message) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            try {
                channel.write(ByteBuffer.wrap(message));
                channel.shutdownOutput(); // EOF instead of waiting out the read timeout
            } catch (IOException e) {
                // the server may already have answered an oversized message and closed
            }
            return readAll(channel);
        }
    }

    public static byte[] message(Random random, int i) {
        switch (i % 8) {
            case 0: {
                byte[] bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1:
                return ("{\"v\":1,\"cmd\":\"" + "a".repeat(random.nextInt(3 * IpcCodec.MAX_LINE_BYTES)) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8);
            case 2:
                return ("{\"v\":1,\"cmd\":\"cmd" + random.nextInt(1000) + "\",\"args\":{\"k\":" + random.nextInt() + "}}\n")
                        .getBytes(StandardCharsets.UTF_8);
            case 3:
                return ("{\"v\":1,\"cmd\":\"status\",\"args\":" + "[".repeat(random.nextInt(3000)) + "\n")
                        .getBytes(StandardCharsets.UTF_8);
            case 4:
                return new byte[] {(byte) 0xC3, (byte) 0x28, '\n'};
            case 5:
                return "\n".getBytes(StandardCharsets.UTF_8);
            case 6:
                return ("{\"v\":" + random.nextInt(5) + ",\"cmd\":\"status\"}\n{\"v\":1,\"cmd\":\"boom\"}\n")
                        .getBytes(StandardCharsets.UTF_8);
            default: {
                StringBuilder b = new StringBuilder();
                String alphabet = "{}[]\",:1tfn\\ uv";
                for (int k = random.nextInt(300); k > 0; k--) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                return (b + "\n").getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    public static String readAll(SocketChannel channel) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        try {
            while (channel.read(buffer) > 0) {
                // keep reading until EOF
            }
        } catch (IOException e) {
            // reset after an oversized message: whatever arrived is kept
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }
}
