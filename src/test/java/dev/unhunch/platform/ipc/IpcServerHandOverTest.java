package dev.unhunch.platform.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main thread waits for command-line clients while the app starts, then hands the socket to
 * its poll loop (the engine's); each client is answered on a short-lived thread. Real sockets.
 */
class IpcServerHandOverTest {

    @TempDir
    Path temp;

    private SingleInstance instance;
    private IpcServer server;
    private Path socket;

    @BeforeEach
    void listen() throws Exception {
        Path dir = temp.resolve("unhunch");
        instance = SingleInstance.tryAcquire(dir).orElseThrow();
        socket = SingleInstance.socketPath(dir);
        // each reply names the thread that answered
        server = instance.listen(request -> new IpcHandler.Handled(
                IpcReply.success(Thread.currentThread().getName(), Map.of())), IpcServer.DEFAULT_READ_TIMEOUT);
    }

    @AfterEach
    void close() throws Exception {
        instance.close();
        server.close();
    }

    private String send() throws IOException {
        return new IpcClient(socket, Duration.ofSeconds(5)).send(IpcRequest.of("status")).message();
    }

    private CompletableFuture<Boolean> serveOn(String threadName) {
        return serveOn(threadName, () -> { });
    }

    /** Like the main thread: waits for clients until handed over, then does {@code after}. */
    private CompletableFuture<Boolean> serveOn(String threadName, Runnable after) {
        CompletableFuture<Boolean> handedOver = new CompletableFuture<>();
        Thread main = new Thread(() -> {
            handedOver.complete(server.serveHereUntilHandedOver());
            after.run();
        }, threadName);
        main.setDaemon(true);
        main.start();
        return handedOver;
    }

    @Test
    void answersOnAThreadPerClientBeforeAndAfterTheHandOver() throws Exception {
        CompletableFuture<Boolean> handedOver = serveOn("main-like");
        assertThat(send()).isEqualTo(IpcServer.COMMAND_THREAD_NAME);

        server.handOver();
        assertThat(handedOver.get(5, TimeUnit.SECONDS)).isTrue();

        // now a client waits in the backlog until the poll loop accepts it
        CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> {
            try {
                return send();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!reply.isDone() && System.nanoTime() < deadline) {
            server.acceptPending(); // what the loop does when the descriptor is readable
            Thread.sleep(10);
        }
        assertThat(reply.get(1, TimeUnit.SECONDS)).isEqualTo(IpcServer.COMMAND_THREAD_NAME);
    }

    @Test
    void theDescriptorIsTheListeningSocket() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");
        OptionalInt fd = server.descriptor();

        assertThat(fd).isPresent();
        String link = Files.readSymbolicLink(Path.of("/proc/self/fd", String.valueOf(fd.getAsInt()))).toString();
        assertThat(link).startsWith("socket:[");
        assertThat(ProcDescriptors.inode(Files.readAllLines(Path.of("/proc/net/unix")), socket.toString()))
                .hasValue(Long.parseLong(link.substring("socket:[".length(), link.length() - 1)));
    }

    @Test
    void afterTheLoopIsGoneAThreadOfItsOwnAnswers() throws Exception {
        CompletableFuture<Boolean> handedOver = serveOn("main-like");
        server.handOver();
        assertThat(handedOver.get(5, TimeUnit.SECONDS)).isTrue();

        server.serveOnOwnThread();

        assertThat(send()).isEqualTo(IpcServer.THREAD_NAME);
    }

    @Test
    void aHandOverBeforeTheMainThreadWaitsStillHandsOver() throws Exception {
        assertThat(server.handOver()).isTrue();

        assertThat(serveOn("main-like").get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(server.handOver()).as("only once").isFalse();
    }

    @Test
    void whenTheLoopEndsForGoodTheMainThreadAnswersAgain() throws Exception {
        // what MainThreadEngine does when the engine's loop fails
        CompletableFuture<Boolean> handedOver = serveOn("main-like", server::serveHereAgain);
        server.handOver();
        assertThat(handedOver.get(5, TimeUnit.SECONDS)).isTrue();

        assertThat(send()).isEqualTo("main-like");
    }

    @Test
    void theActionBeforeCloseRunsWhileTheSocketIsStillOpen() throws Exception {
        boolean[] openThen = new boolean[1];
        server.beforeClose(() -> openThen[0] = server.descriptor().isPresent() || !Files.isDirectory(Path.of("/proc")));

        server.close();

        assertThat(openThen[0]).isTrue();
    }

    @Test
    void closingEndsTheWaitWithoutAHandOver() throws Exception {
        CompletableFuture<Boolean> handedOver = serveOn("main-like");
        assertThat(send()).isEqualTo(IpcServer.COMMAND_THREAD_NAME);

        server.close();

        assertThat(handedOver.get(5, TimeUnit.SECONDS)).isFalse();
    }
}
