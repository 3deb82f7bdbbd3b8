package dev.unhunch.platform.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code follow} on the real socket: lines pushed, no client thread held, a cap, a last line on close. */
@Timeout(60)
class IpcFollowTest {

    @TempDir
    Path temp;

    private SingleInstance instance;
    private IpcServer server;
    private Path socket;
    private final List<Thread> readers = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Path dir = temp.resolve("unhunch");
        instance = SingleInstance.tryAcquire(dir).orElseThrow();
        socket = SingleInstance.socketPath(dir);
        server = instance.serve(request -> new IpcHandler.Handled(IpcReply.success(request.cmd(), Map.of("running", true))),
                IpcServer.DEFAULT_READ_TIMEOUT);
    }

    @AfterEach
    void stop() throws Exception {
        instance.close();
        server.join(Duration.ofSeconds(2));
        for (Thread reader : readers) {
            reader.join(5000);
        }
    }

    /** Follows on a thread of its own; every reply lands in the queue, then a "END" marker. */
    private BlockingQueue<String> follow() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                new IpcClient(socket, Duration.ofSeconds(5)).follow(IpcRequest.of(IpcCommands.FOLLOW),
                        reply -> lines.add(reply.ok() ? reply.message() : "refused: " + reply.message()));
            } catch (Exception e) {
                lines.add("failed: " + e);
            }
            lines.add("END");
        }, "test-follower");
        reader.setDaemon(true);
        reader.start();
        readers.add(reader);
        return lines;
    }

    private static String next(BlockingQueue<String> lines) throws InterruptedException {
        String line = lines.poll(10, TimeUnit.SECONDS);
        assertThat(line).as("a line within 10 s").isNotNull();
        return line;
    }

    private void awaitFollowers(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.followers() != n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.followers()).isEqualTo(n);
    }

    @Test
    void followersGetEveryPublishedLineAndALastOneOnClose() throws Exception {
        List<BlockingQueue<String>> followers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            BlockingQueue<String> f = follow();
            assertThat(next(f)).isEqualTo("follow");
            followers.add(f);
        }
        awaitFollowers(6);
        // more followers than client threads, and ordinary commands are still answered
        for (int i = 0; i < 3; i++) {
            assertThat(new IpcClient(socket, Duration.ofSeconds(5)).send(IpcRequest.of("status")).message()).isEqualTo("status");
        }
        server.publish(IpcReply.success("paused", Map.of("running", true)));
        server.publish(IpcReply.success("micro break in 25m", Map.of("running", true)));
        for (BlockingQueue<String> f : followers) {
            assertThat(next(f)).isEqualTo("paused");
            assertThat(next(f)).isEqualTo("micro break in 25m");
        }
        instance.close();
        for (BlockingQueue<String> f : followers) {
            assertThat(next(f)).isEqualTo("Unhunch quit.");
            assertThat(next(f)).isEqualTo("END");
        }
    }

    /** A follower on a bare channel, which the test can close at will. */
    private java.nio.channels.SocketChannel rawFollower() throws Exception {
        java.nio.channels.SocketChannel raw = java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(socket));
        raw.write(java.nio.ByteBuffer.wrap((IpcCodec.encode(IpcRequest.of(IpcCommands.FOLLOW)) + "\n").getBytes()));
        return raw;
    }

    @Test
    void followersAreCappedWithAClearMessageAndGoneOnesMakeRoom() throws Exception {
        List<java.nio.channels.SocketChannel> raws = new ArrayList<>();
        for (int i = 0; i < IpcFollowers.MAX_FOLLOWERS; i++) {
            raws.add(rawFollower());
            awaitFollowers(i + 1);
        }
        BlockingQueue<String> tooMany = follow();
        assertThat(next(tooMany)).startsWith("refused: ").contains("already follow the status");
        assertThat(next(tooMany)).isEqualTo("END");

        // a follower that went away is noticed when a new one needs its place, with nothing published
        raws.get(0).close();
        BlockingQueue<String> admitted = follow();
        assertThat(next(admitted)).isEqualTo("follow");
        awaitFollowers(IpcFollowers.MAX_FOLLOWERS);
        for (java.nio.channels.SocketChannel raw : raws) {
            raw.close();
        }
    }

    @Test
    void aFollowerThatLeavesIsDroppedOnTheNextLine() throws Exception {
        java.nio.channels.SocketChannel raw = rawFollower();
        awaitFollowers(1);
        raw.close();
        server.publish(IpcReply.success("one", Map.of()));
        server.publish(IpcReply.success("two", Map.of()));
        assertThat(server.followers()).isZero();
    }
}
