package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.Interruption;
import dev.unhunch.testsupport.Processes;
import dev.unhunch.testsupport.Tools;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Do-not-disturb from the real places desktops keep it, on a private session bus: GNOME's
 * {@code show-banners} in a real dconf database (dconf-service, started by the bus, writes it
 * under the test's own config folder; {@code gsettings} with the dconf backend sets it), and a
 * stand-in notification server that exposes {@code Inhibited} as KDE Plasma's does.
 */
class DoNotDisturbCheckTest {

    @TempDir
    Path dir;
    private Process bus;
    private String address;
    private Map<String, String> env;
    private DBusConnection service;

    @BeforeEach
    void startBus() throws Exception {
        Tools.require("dbus-daemon", "dbus");
        Tools.require("gsettings", "libglib2.0-bin");
        Tools.require("gdbus", "libglib2.0-bin");
        Path runtime = Files.createDirectories(dir.resolve("runtime"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        env = new HashMap<>();
        env.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
        env.put("XDG_CONFIG_HOME", Files.createDirectories(dir.resolve("config")).toString());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.put("GSETTINGS_BACKEND", "dconf");
        ProcessBuilder builder = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile",
                "--print-address=1").redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env); // dconf-service, started by this bus, writes under the test's folder
        bus = builder.start();
        address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine().strip();
        env.put("DBUS_SESSION_BUS_ADDRESS", address);
    }

    @AfterEach
    void stopBus() throws Exception {
        if (service != null) {
            service.close();
        }
        Processes.stop(bus);
    }

    private void run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process p = builder.start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as(String.join(" ", command)).isTrue();
    }

    private DoNotDisturbCheck check() {
        return new DoNotDisturbCheck(new BoundedCommand(env, BoundedCommand.TIMEOUT));
    }

    @Test
    void gnomeBannersSwitchedOffInDconfIsDoNotDisturb() throws Exception {
        DoNotDisturbCheck check = check();
        assertThat(check.holds()).isFalse(); // the schema's default: banners on
        run("gsettings", "set", "org.gnome.desktop.notifications", "show-banners", "false");
        assertThat(Files.exists(dir.resolve("config/dconf/user"))).as("written by dconf").isTrue();
        assertThat(check.holds()).isTrue();
        assertThat(check.availability()).contains("GNOME show-banners");

        // and through the engine: the due break waits for do-not-disturb
        InterruptionChecks checks = new InterruptionChecks(List.of(check));
        EngineDriver driver = new EngineDriver(EngineDriver.onlyCheck(Interruption.DO_NOT_DISTURB), checks);
        driver.active(Duration.ofSeconds(50));
        assertThat(driver.events).containsExactly("DEFERRED do-not-disturb");
        run("gsettings", "set", "org.gnome.desktop.notifications", "show-banners", "true");
        driver.active(Duration.ofMinutes(2).plusSeconds(15));
        assertThat(driver.events).startsWith("DEFERRED do-not-disturb", "OFFERED after do-not-disturb");
    }

    /** The freedesktop notifications interface, as far as the stand-in implements it (nothing but its name). */
    @DBusInterfaceName("org.freedesktop.Notifications")
    public interface Notifications extends DBusInterface {
    }

    /** A notification server whose do-not-disturb is a switch of the test's. */
    public static final class StandIn implements Notifications, Properties {
        volatile boolean inhibited;

        @Override
        @SuppressWarnings("unchecked")
        public <A> A Get(String interfaceName, String propertyName) {
            if ("Inhibited".equals(propertyName)) {
                return (A) Boolean.valueOf(inhibited);
            }
            throw new org.freedesktop.dbus.exceptions.DBusExecutionException("no property " + propertyName);
        }

        @Override
        public <A> void Set(String interfaceName, String propertyName, A value) {
            throw new org.freedesktop.dbus.exceptions.DBusExecutionException("read-only");
        }

        @Override
        public Map<String, Variant<?>> GetAll(String interfaceName) {
            return Map.of("Inhibited", new Variant<>(inhibited));
        }

        @Override
        public String getObjectPath() {
            return "/org/freedesktop/Notifications";
        }
    }

    @Test
    void aNotificationServerThatIsInhibitedIsDoNotDisturb() throws Exception {
        env.put("GSETTINGS_BACKEND", "memory"); // GNOME's place answers "banners on" and nothing else
        StandIn server = new StandIn();
        service = DBusConnectionBuilder.forAddress(address).build();
        service.requestBusName("org.freedesktop.Notifications");
        service.exportObject(server.getObjectPath(), server);
        DoNotDisturbCheck check = check();
        assertThat(check.holds()).isFalse();
        assertThat(check.availability()).contains("org.freedesktop.Notifications Inhibited");
        server.inhibited = true;
        assertThat(check.holds()).isTrue();
        server.inhibited = false;
        assertThat(check.holds()).isFalse();
    }

    @Test
    void theAnswersOfEachPlaceAreRead() {
        assertThat(DoNotDisturbCheck.on(DoNotDisturbCheck.GNOME, "false\n")).isTrue();
        assertThat(DoNotDisturbCheck.on(DoNotDisturbCheck.GNOME, "true\n")).isFalse();
        assertThat(DoNotDisturbCheck.on(DoNotDisturbCheck.FREEDESKTOP, "(<true>,)\n")).isTrue();
        assertThat(DoNotDisturbCheck.on(DoNotDisturbCheck.FREEDESKTOP, "(<false>,)\n")).isFalse();
        assertThat(DoNotDisturbCheck.on(DoNotDisturbCheck.XFCE, "true\n")).isTrue();
        assertThat(DoNotDisturbCheck.on(DoNotDisturbCheck.XFCE, "false\n")).isFalse();
    }
}
