package dev.unhunch.platform.idle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.platform.idle.IdleSourceCandidate.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lines {@code --diagnose} prints, from fake sources. */
class IdleDiagnosticsTest {

    @Test
    void listsOsSessionSourceFallbacksAndIdleTime() {
        Environment env = new Environment("Linux", "6.1.0", Map.of("XDG_SESSION_TYPE", "x11", "DISPLAY", ":0"));
        FailoverIdleSource source = FailoverIdleSource.open(List.of(
                new IdleSourceCandidate(Kind.X11_SCREENSAVER, () -> {
                    throw new UnsatisfiedLinkError("Unable to load library 'Xss':\nmore\nlines");
                }),
                new IdleSourceCandidate(Kind.POINTER, () -> new FakeIdleSource("pointer only", Duration.ofMillis(12_345)))));
        assertThat(IdleDiagnostics.lines(env, source, SleepSignal.none("no system D-Bus"))).containsExactly(
                "OS: Linux 6.1.0",
                "Session: x11 (XDG_SESSION_TYPE=x11, WAYLAND_DISPLAY=unset, DISPLAY=:0, XDG_CURRENT_DESKTOP=unset)",
                "Idle source: pointer only",
                "Sees keyboard: yes",
                "Not used: X11 XScreenSaver (libXss): Unable to load library 'Xss'",
                "Sleep signal: no sleep signal: no system D-Bus",
                "Idle time: 12.345 s");
    }

    @Test
    void windowsSessionIsNative() {
        Environment env = Environment.of("Windows 11", Map.of());
        FailoverIdleSource source = FailoverIdleSource.open(List.of(
                new IdleSourceCandidate(Kind.WINDOWS_LAST_INPUT, () -> new FakeIdleSource("Windows GetLastInputInfo", Duration.ofSeconds(61)))));
        assertThat(IdleDiagnostics.lines(env, source)).containsExactly(
                "OS: Windows 11",
                "Session: native (Windows 11)",
                "Idle source: Windows GetLastInputInfo",
                "Sees keyboard: yes",
                "Idle time: 61.000 s");
    }

    @Test
    void sleepSignalsOnOtherSystemsAreInert() {
        SleepSignal signal = SleepSignals.open(Environment.of("Mac OS X", Map.of()), goingToSleep -> { });
        assertThat(signal.listening()).isFalse();
        assertThat(signal.describe()).contains("Mac OS X");
    }

    @Test
    void sleepSignalOnThisMachineNeverThrows() {
        try (SleepSignal signal = SleepSignals.open(Environment.current(), goingToSleep -> { })) {
            assertThat(signal.describe()).isNotBlank();
        }
    }
}
