package dev.unhunch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.platform.idle.Environment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    private static Properties props() {
        Properties props = new Properties();
        props.setProperty("os.arch", "amd64");
        props.setProperty("java.version", "17.0.15");
        props.setProperty("java.vm.name", "OpenJDK 64-Bit Server VM");
        return props;
    }

    @Test
    void localFactsOfAnX11Session() {
        Environment env = new Environment("Linux", "6.1", Map.of("DISPLAY", ":0", "XDG_CURRENT_DESKTOP", "XFCE"));
        Map<String, Object> facts = Diagnostics.local(env, props(), Path.of("/run/user/1000/unhunch"));
        assertThat(facts).containsEntry("os", "Linux 6.1 (amd64)")
                .containsEntry("java", "17.0.15 (OpenJDK 64-Bit Server VM)")
                .containsEntry("sessionType", "x11")
                .containsEntry("desktop", "XFCE")
                .containsEntry("display", ":0")
                .containsEntry("waylandDisplay", "not set")
                .containsEntry("runtimeDir", "/run/user/1000/unhunch")
                .containsEntry("idleSourcePlan", List.of("X11 SYNC IDLETIME counter", "Pointer position polling"));
    }

    @Test
    void sessionTypes() {
        assertThat(Diagnostics.sessionType(Environment.of("Windows 11", Map.of()))).isEqualTo("windows");
        assertThat(Diagnostics.sessionType(Environment.of("Mac OS X", Map.of()))).isEqualTo("macos");
        assertThat(Diagnostics.sessionType(Environment.of("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")))).isEqualTo("wayland");
        assertThat(Diagnostics.sessionType(Environment.of("Linux", Map.of()))).isEqualTo("none");
    }

    @Test
    void idleFactsFromASource() {
        IdleSource source = new IdleSource() {
            @Override
            public Duration idleTime() {
                return Duration.ofMillis(12_345);
            }

            @Override
            public String name() {
                return "scripted";
            }
        };
        assertThat(Diagnostics.idle(source)).containsEntry("idleSource", "scripted")
                .containsEntry("idleSourceSeesKeyboard", true)
                .containsEntry("idleTime", "12.345 s")
                .containsEntry("idleTimeMillis", 12_345L);
    }
}
