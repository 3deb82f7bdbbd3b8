package dev.unhunch.platform.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.Waits;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class IpcServerTest {

    @TempDir
    Path temp;

    private SingleInstance instance;
    private IpcServer server;
    private Path socket;
    private final AtomicInteger afterReplies = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        Path dir = temp.resolve("unhunch");
        instance = SingleInstance.tryAcquire(dir).orElseThrow();
        socket = SingleInstance.socketPath(dir);
        server = instance.serve(request -> switch (request.cmd()) {
            case "status" -> new IpcHandler.Handled(IpcReply.success("running", Map.of("running", true)));
            case "boom" -> throw new IllegalStateException("handler bug");
            case "later" -> new IpcHandler.Handled(IpcReply.success("ok", Map.of()), afterReplies::incrementAndGet);
            default -> new IpcHandler.Handled(IpcReply.failure(IpcReply.ERROR_UNKNOWN_COMMAND, "unknown"));
        }, IpcServer.DEFAULT_READ_TIMEOUT);
    }

    @AfterEach
    void stop() throws Exception {
        instance.close();
        server.join(Duration.ofSeconds(2));
    }

    private IpcReply send(IpcRequest request) throws IOException {
        return new IpcClient(socket, Duration.ofSeconds(5)).send(request);
    }

    @Test
    void answersAndRunsTheFollowUpAfterReplying() throws Exception {
        assertThat(send(IpcRequest.of("status")).data()).containsEntry("running", true);
        assertThat(send(IpcRequest.of("later")).ok()).isTrue();
        Thread.sleep(50);
        assertThat(afterReplies).hasValue(1);
    }

    @Test
    void handlerFailureBecomesAnInternalErrorAndTheServerGoesOn() throws Exception {
        IpcReply reply = send(IpcRequest.of("boom"));
        assertThat(reply.error()).isEqualTo(IpcReply.ERROR_INTERNAL);
        assertThat(send(IpcRequest.of("status")).ok()).isTrue();
    }

    @Test
    void oversizedAndMalformedLinesGetErrorReplies() throws Exception {
        IpcClient client = new IpcClient(socket, Duration.ofSeconds(5));
        String big = "{\"v\":1,\"cmd\":\"" + "x".repeat(IpcCodec.MAX_LINE_BYTES + 1) + "\"}";
        assertThat(IpcCodec.decodeReply(client.sendRaw(big)).error()).isEqualTo(IpcReply.ERROR_TOO_LARGE);
        assertThat(IpcCodec.decodeReply(client.sendRaw("garbage")).error()).isEqualTo(IpcReply.ERROR_BAD_REQUEST);
        assertThat(IpcCodec.decodeReply(client.sendRaw("{\"v\":3,\"cmd\":\"status\"}")).error())
                .isEqualTo(IpcReply.ERROR_UNSUPPORTED_VERSION);
        assertThat(send(IpcRequest.of("status")).ok()).isTrue();
    }

    @Test
    @Timeout(10)
    void aSilentClientDelaysNobody() throws Exception {
        try (SocketChannel silent = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.connect(UnixDomainSocketAddress.of(socket));
            silent.write(ByteBuffer.wrap("{\"v\":1,".getBytes(StandardCharsets.UTF_8)));
            long start = System.nanoTime();
            IpcReply reply = send(IpcRequest.of("status"));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(reply.ok()).isTrue();
            assertThat(waitedMs).as("answered beside the silent client").isLessThan(IpcServer.DEFAULT_READ_TIMEOUT.toMillis());
            // the silent one is cut off when its time since accept runs out
            ByteBuffer answer = ByteBuffer.allocate(256);
            silent.read(answer);
            assertThat(new String(answer.array(), 0, answer.position(), StandardCharsets.UTF_8)).contains("\"timeout\"");
        }
    }

    @Test
    @Timeout(30)
    void aFloodOfSilentClientsGetsBusyRepliesAndAStatusStillGetsThrough() throws Exception {
        List<SocketChannel> flood = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                SocketChannel silent = SocketChannel.open(StandardProtocolFamily.UNIX);
                silent.connect(UnixDomainSocketAddress.of(socket));
                flood.add(silent);
            }
            Waits.until("the server turned the surplus away", 10_000,
                    () -> server.turnedAway() >= 100 - IpcServer.MAX_CLIENTS);
            assertThat(clientThreads()).isLessThanOrEqualTo(IpcServer.MAX_CLIENTS);
            // as the command line does: a busy reply is tried again
            long start = System.nanoTime();
            IpcReply reply = new dev.unhunch.cli.ControlClient(socket.getParent(), Duration.ofSeconds(10),
                    new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()))
                    .send(IpcRequest.of("status"));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(reply.ok()).as(reply.message()).isTrue();
            assertThat(waitedMs).as("within one read timeout of the flood's accept")
                    .isLessThan(IpcServer.DEFAULT_READ_TIMEOUT.toMillis() + 1_500);
        } finally {
            for (SocketChannel channel : flood) {
                channel.close();
            }
        }
    }

    private static long clientThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(IpcServer.THREAD_NAME + "-client-")).count();
    }

    @Test
    @Timeout(20)
    void fuzzedMessagesNeverStopTheServer() throws Exception {
        Random random = new Random(7);
        long start = System.nanoTime();
        int replies = 0;
        for (int i = 0; i < 200; i++) {
            byte[] message = IpcServerFuzz.message(random, i);
            String line = IpcServerFuzz.send(socket, message);
            if (!line.isEmpty()) {
                IpcReply reply = IpcCodec.decodeReply(line.strip());
                assertThat(reply.message()).isNotBlank();
                replies++;
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("fuzz: 200 messages, " + replies + " replies, " + ms + " ms");
        assertThat(replies).isGreaterThan(150);
        assertThat(send(IpcRequest.of("status")).ok()).isTrue();
    }

    @Test
    void roundTripLatency() throws Exception {
        for (int i = 0; i < 20; i++) {
            send(IpcRequest.of("status"));
        }
        int n = 200;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            assertThat(send(IpcRequest.of("status")).ok()).isTrue();
        }
        double micros = (System.nanoTime() - start) / 1000.0 / n;
        System.out.printf("in-process IPC round trip: %.0f µs per status (n=%d)%n", micros, n);
        assertThat(server.served()).isGreaterThanOrEqualTo(n);
    }
}
