package dev.unhunch.platform.idle.dbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.platform.dbus.StatusNotifierWatcher;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session bus that accepts connections and never says a word (a hung dbus-daemon, a stuck
 * proxy): every D-Bus question must give up on its own, so the app falls back to the next idle
 * source and to the status window instead of sitting in "starting".
 */
class StalledBusTest {

    @TempDir
    Path dir;

    private ServerSocketChannel server;
    private final List<SocketChannel> accepted = new ArrayList<>();
    private Thread acceptor;

    @BeforeEach
    void listenAndNeverAnswer() throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(dir.resolve("bus")));
        acceptor = new Thread(() -> {
            try {
                while (true) {
                    SocketChannel client = server.accept();
                    synchronized (accepted) {
                        accepted.add(client);
                    }
                }
            } catch (IOException e) {
                // closed at the end of the test
            }
        }, "stalled-bus");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        synchronized (accepted) {
            for (SocketChannel client : accepted) {
                client.close();
            }
        }
        acceptor.join(2_000);
    }

    private String address() {
        return "unix:path=" + dir.resolve("bus");
    }

    @Test
    void mutterOnAStalledBusIsGivenUpWithinAFewSeconds() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> DbusIdleSources.gnomeMutter(address()))
                .isInstanceOf(IdleSourceUnavailableException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(DbusIdleSources.CALL_TIMEOUT_MILLIS * 3L);
    }

    @Test
    void theScreenSaverOnAStalledBusIsGivenUpWithinAFewSeconds() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> DbusIdleSources.freedesktopScreenSaver(address()))
                .isInstanceOf(IdleSourceUnavailableException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(DbusIdleSources.CALL_TIMEOUT_MILLIS * 3L);
    }

    @Test
    void theNextSourceOnTheSameStalledBusDoesNotWaitAgain() {
        assertThatThrownBy(() -> DbusIdleSources.gnomeMutter(address()))
                .isInstanceOf(IdleSourceUnavailableException.class);
        int reached;
        synchronized (accepted) {
            reached = accepted.size();
        }
        assertThatThrownBy(() -> DbusIdleSources.freedesktopScreenSaver(address()))
                .isInstanceOf(IdleSourceUnavailableException.class)
                .hasMessageContaining("tried moments ago");
        synchronized (accepted) {
            assertThat(accepted).as("not connected again").hasSize(reached);
        }
    }

    @Test
    void theConnectThreadEndsAfterGivingUp() throws Exception {
        assertThatThrownBy(() -> DbusIdleSources.gnomeMutter(address())).isInstanceOf(IdleSourceUnavailableException.class);
        for (int i = 0; i < 100 && connectThreadAlive(); i++) {
            Thread.sleep(20);
        }
        assertThat(connectThreadAlive()).as("dbus-connect is not left blocked on the socket").isFalse();
    }

    private static boolean connectThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("dbus-connect") && t.isAlive());
    }

    @Test
    void theTrayWatcherQuestionOnAStalledBusCannotBeAnswered() {
        long start = System.nanoTime();
        assertThat(StatusNotifierWatcher.present(address())).isEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(StatusNotifierWatcher.TIMEOUT.toMillis() + 1_000);
    }
}
