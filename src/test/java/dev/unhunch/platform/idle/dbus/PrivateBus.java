package dev.unhunch.platform.idle.dbus;

import dev.unhunch.testsupport.Tools;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;

/** A private dbus-daemon with the session configuration, stopped by PID when closed. */
final class PrivateBus implements AutoCloseable {

    private final Process daemon;
    private final String address;

    private PrivateBus(Process daemon, String address) {
        this.daemon = daemon;
        this.address = address;
    }

    /** Starts one, or skips the test when dbus-daemon is not installed. */
    static PrivateBus start() throws IOException {
        Assumptions.assumeTrue(Tools.find("dbus-daemon").isPresent(), "dbus-daemon not installed (apt-get install dbus)");
        Process daemon = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
        String address = out.readLine();
        if (address == null || address.isBlank()) {
            daemon.destroy();
            throw new IOException("dbus-daemon printed no address");
        }
        return new PrivateBus(daemon, address.trim());
    }

    String address() {
        return address;
    }

    @Override
    public void close() {
        daemon.destroy();
        try {
            daemon.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
