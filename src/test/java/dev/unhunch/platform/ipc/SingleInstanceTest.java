package dev.unhunch.platform.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.Waits;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path temp;

    private final IpcHandler echo = request -> new IpcHandler.Handled(
            IpcReply.success("did " + request.cmd(), Map.of("pid", ProcessHandle.current().pid())));

    @Test
    void firstOwnsSecondDoesNotUntilReleased() throws Exception {
        Path dir = temp.resolve("run/unhunch");
        Optional<SingleInstance> first = SingleInstance.tryAcquire(dir);
        assertThat(first).isPresent();
        assertThat(Files.readString(dir.resolve(SingleInstance.LOCK_FILE)).strip())
                .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        assertThat(SingleInstance.ownerPid(dir)).hasValue(ProcessHandle.current().pid());
        assertThat(SingleInstance.tryAcquire(dir)).isEmpty();

        first.get().close();
        Optional<SingleInstance> again = SingleInstance.tryAcquire(dir);
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void servesOnTheSocketAndRemovesItOnClose() throws Exception {
        Path dir = temp.resolve("unhunch");
        SingleInstance instance = SingleInstance.tryAcquire(dir).orElseThrow();
        try {
            instance.serve(echo, Duration.ofSeconds(2));
            IpcReply reply = new IpcClient(SingleInstance.socketPath(dir), Duration.ofSeconds(5))
                    .send(IpcRequest.of("status"));
            assertThat(reply.ok()).isTrue();
            assertThat(reply.message()).isEqualTo("did status");
        } finally {
            instance.close();
        }
        assertThat(SingleInstance.socketPath(dir)).doesNotExist();
        assertThat(dir.resolve(SingleInstance.LOCK_FILE)).as("the lock file is never deleted").exists();
    }

    @Test
    void theInstanceAnswersOnItsOwnThreadUntilClosed() throws Exception {
        Path dir = temp.resolve("unhunch");
        SingleInstance instance = SingleInstance.tryAcquire(dir).orElseThrow();
        java.util.concurrent.CompletableFuture<Thread> answeredOn = new java.util.concurrent.CompletableFuture<>();
        IpcServer server = instance.serve(request -> {
            answeredOn.complete(Thread.currentThread());
            return new IpcHandler.Handled(IpcReply.success("did " + request.cmd(), Map.of()));
        }, Duration.ofSeconds(2));
        try {
            IpcReply reply = new IpcClient(SingleInstance.socketPath(dir), Duration.ofSeconds(10)).send(IpcRequest.of("status"));
            assertThat(reply.message()).isEqualTo("did status");
            assertThat(answeredOn.get().getName()).startsWith(IpcServer.THREAD_NAME + "-client-");
        } finally {
            instance.close();
        }
        server.join(Duration.ofSeconds(2));
        Waits.until("the client thread ends once the instance is closed", 5_000, () -> !answeredOn.join().isAlive());
    }

    @Test
    void staleSocketAndDeadPidLeftByACrashAreTakenOver() throws Exception {
        Path dir = temp.resolve("unhunch");
        Files.createDirectories(dir);
        // What a kill -9 leaves: a socket file nobody listens on, and the dead owner's PID.
        try (ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(UnixDomainSocketAddress.of(SingleInstance.socketPath(dir)));
        }
        long deadPid = deadPid();
        Files.writeString(dir.resolve(SingleInstance.LOCK_FILE), deadPid + "\n");
        assertThat(SingleInstance.socketPath(dir)).exists();

        IpcClient client = new IpcClient(SingleInstance.socketPath(dir), Duration.ofSeconds(5));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.send(IpcRequest.of("status")))
                .isInstanceOf(IpcClient.NotRunningException.class);

        SingleInstance instance = SingleInstance.tryAcquire(dir).orElseThrow();
        try {
            assertThat(instance.previousPid()).hasValue(deadPid);
            instance.serve(echo, Duration.ofSeconds(2));
            assertThat(client.send(IpcRequest.of("status")).ok()).isTrue();
        } finally {
            instance.close();
        }
    }

    @Test
    void missingSocketMeansNotRunning() {
        IpcClient client = new IpcClient(temp.resolve("nowhere/unhunch.sock"), Duration.ofSeconds(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.send(IpcRequest.of("status")))
                .isInstanceOf(IpcClient.NotRunningException.class);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void directoryLockAndSocketAreUserOnly() throws Exception {
        Path dir = temp.resolve("unhunch");
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        SingleInstance instance = SingleInstance.tryAcquire(dir).orElseThrow();
        try {
            instance.serve(echo, Duration.ofSeconds(2));
            assertThat(SingleInstance.mode(dir)).isEqualTo("rwx------");
            assertThat(SingleInstance.mode(dir.resolve(SingleInstance.LOCK_FILE))).isEqualTo("rw-------");
            assertThat(SingleInstance.mode(SingleInstance.socketPath(dir))).isEqualTo("rw-------");
        } finally {
            instance.close();
        }
    }

    /** A PID that belongs to no process right now. */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        return ProcessHandle.of(pid).isPresent() ? Long.MAX_VALUE / 2 : pid;
    }
}
