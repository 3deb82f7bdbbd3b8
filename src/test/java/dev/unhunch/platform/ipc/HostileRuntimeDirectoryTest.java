package dev.unhunch.platform.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unhunch.testsupport.Waits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another local user prepares the runtime directory: a planted lock symlink and a fake socket.
 * The cases with a second user need root (the test creates a system user for them) and are
 * skipped with the reason otherwise.
 */
class HostileRuntimeDirectoryTest {

    private static final String OTHER_USER = "unhunch-test-other";

    @TempDir
    Path temp;

    @Test
    void aLockSymlinkInOurOwnDirectoryIsNeverFollowed() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("unhunch"));
        Path target = Files.writeString(temp.resolve("precious"), "keep me\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(dir.resolve(SingleInstance.LOCK_FILE), target);

        assertThatThrownBy(() -> SingleInstance.tryAcquire(dir)).isInstanceOf(IOException.class);
        assertThat(target).hasContent("keep me");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void aSymlinkedRuntimeDirectoryIsPassedOver() throws Exception {
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        Path linked = Files.createSymbolicLink(temp.resolve("unhunch"), elsewhere);
        RuntimeDirectory.Choice choice = RuntimeDirectory.choose(linked, temp.resolve("state/run"));
        assertThat(choice.path()).isEqualTo(temp.resolve("state/run"));
        assertThat(choice.passedOver()).contains("it is a symbolic link");
    }

    @Test
    void anotherUsersDirectoryWithAPlantedLockIsNeitherUsedNorFollowed() throws Exception {
        assumeRootWithSecondUser();
        Path shared = Files.createDirectory(temp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path planted = Files.createDirectory(shared.resolve("unhunch"));
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path target = Files.writeString(temp.resolve("root-owned"), "root's file\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(planted.resolve(SingleInstance.LOCK_FILE), target);
        run("chown", "-h", "-R", OTHER_USER, planted.toString());

        RuntimeDirectory.Choice choice = RuntimeDirectory.choose(planted, temp.resolve("state/run"));
        assertThat(choice.path()).isEqualTo(temp.resolve("state/run"));
        assertThat(choice.passedOver().orElseThrow()).contains("belongs to " + OTHER_USER);
        assertThatThrownBy(() -> SingleInstance.tryAcquire(planted)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot be trusted");
        assertThat(target).hasContent("root's file");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");

        // and the private fallback works as usual
        SingleInstance.tryAcquire(choice.path()).orElseThrow().close();
    }

    @Test
    void aSocketServedByAnotherUserIsNotBelieved() throws Exception {
        assumeRootWithSecondUser();
        Path open = Files.createDirectory(temp.resolve("open"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path socket = open.resolve(SingleInstance.SOCKET_FILE);
        // a one-file Java program (the JDK's source launcher) that answers every client with a
        // forged status full of terminal escapes
        Path server = open.resolve("Forger.java");
        Files.writeString(server, """
                import java.net.*; import java.nio.*; import java.nio.channels.*; import java.nio.file.*;
                public class Forger {
                    public static void main(String[] a) throws Exception {
                        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                        s.bind(UnixDomainSocketAddress.of(Path.of(a[0])));
                        Files.setPosixFilePermissions(Path.of(a[0]), java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
                        while (true) {
                            try (SocketChannel c = s.accept()) {
                                c.write(ByteBuffer.wrap("{\\"v\\":1,\\"ok\\":true,\\"message\\":\\"\\\\u001b]0;pwned\\\\u0007forged\\"}\\n".getBytes()));
                            }
                        }
                    }
                }
                """);
        Files.setPosixFilePermissions(server, PosixFilePermissions.fromString("rw-r--r--"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process forger = new ProcessBuilder("runuser", "-u", OTHER_USER, "--", java, server.toString(), socket.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("forger.out").toFile()).start();
        try {
            Waits.until("the forger listens", 30_000, () -> Files.exists(socket));
            IpcClient client = new IpcClient(socket, Duration.ofSeconds(5));
            assertThatThrownBy(() -> client.send(IpcRequest.of("status")))
                    .isInstanceOf(IpcClient.UntrustedPeerException.class)
                    .hasMessageContaining("runs as " + OTHER_USER);
        } finally {
            // runuser forks the program: stop it by its PID too, not only runuser
            forger.descendants().forEach(ProcessHandle::destroyForcibly);
            forger.destroyForcibly();
            forger.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void assumeRootWithSecondUser() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "creating a second local user for this test needs root");
        if (run("id", "-u", OTHER_USER) != 0) {
            assumeTrue(run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OTHER_USER) == 0,
                    "useradd failed: cannot make a second local user here");
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        if (process.exitValue() != 0 && !command[0].equals("id")) {
            System.err.println(String.join(" ", command) + ": " + output);
        }
        return process.exitValue();
    }
}
