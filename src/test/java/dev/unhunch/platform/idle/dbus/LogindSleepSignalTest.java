package dev.unhunch.platform.idle.dbus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.platform.idle.SleepSignal;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.junit.jupiter.api.Test;

/** The logind sleep signal against a fake logind on a private bus, and without any bus. */
class LogindSleepSignalTest {

    private final BlockingQueue<Boolean> received = new LinkedBlockingQueue<>();

    @Test
    void passesOnPrepareForSleepFromLogind() throws Exception {
        try (PrivateBus bus = PrivateBus.start();
                DBusConnection logind = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build()) {
            logind.requestBusName(LogindSleepSignal.LOGIN1_BUS_NAME);
            try (SleepSignal signal = LogindSleepSignal.open(bus.address(), received::add)) {
                assertThat(signal.listening()).isTrue();
                logind.sendMessage(new Login1Manager.PrepareForSleep("/org/freedesktop/login1", true));
                assertThat(received.poll(5, TimeUnit.SECONDS)).isTrue();
                logind.sendMessage(new Login1Manager.PrepareForSleep("/org/freedesktop/login1", false));
                assertThat(received.poll(5, TimeUnit.SECONDS)).isFalse();
            }
        }
    }

    @Test
    void ignoresTheSameSignalFromAnyoneElse() throws Exception {
        try (PrivateBus bus = PrivateBus.start();
                DBusConnection logind = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
                DBusConnection impostor = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build()) {
            logind.requestBusName(LogindSleepSignal.LOGIN1_BUS_NAME);
            try (SleepSignal signal = LogindSleepSignal.open(bus.address(), received::add)) {
                assertThat(signal.listening()).isTrue();
                impostor.sendMessage(new Login1Manager.PrepareForSleep("/org/freedesktop/login1", true));
                logind.sendMessage(new Login1Manager.PrepareForSleep("/org/freedesktop/login1", false));
                assertThat(received.poll(5, TimeUnit.SECONDS)).isFalse();
                assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
            }
        }
    }

    @Test
    void withoutABusItIsInertAndSaysWhy() {
        SleepSignal signal = LogindSleepSignal.open("unix:path=/nonexistent/system_bus_socket", received::add);
        assertThat(signal.listening()).isFalse();
        assertThat(signal.describe()).startsWith("no sleep signal: no system D-Bus");
        signal.close();
        signal.close();
    }
}
