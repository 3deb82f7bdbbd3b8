package dev.unhunch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the storage files go on each system (the storage half of issue 6). */
class AppDirectoriesTest {

    private static final Path HOME = Path.of("/home/me");

    @Test
    void linuxFollowsXdgAndFallsBackToTheDefaults() {
        AppDirectories d = AppDirectories.resolve("Linux", Map.of(), HOME);
        assertThat(d.config()).isEqualTo(Path.of("/home/me/.config/unhunch"));
        assertThat(d.state()).isEqualTo(Path.of("/home/me/.local/state/unhunch"));

        d = AppDirectories.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/x/cfg", "XDG_STATE_HOME", "/x/state"), HOME);
        assertThat(d.config()).isEqualTo(Path.of("/x/cfg/unhunch"));
        assertThat(d.state()).isEqualTo(Path.of("/x/state/unhunch"));

        d = AppDirectories.resolve("Linux", Map.of("XDG_CONFIG_HOME", "relative/cfg"), HOME);
        assertThat(d.config()).as("relative XDG paths are ignored").isEqualTo(Path.of("/home/me/.config/unhunch"));
    }

    @Test
    void windowsAndMac() {
        AppDirectories w = AppDirectories.resolve("Windows 11", Map.of("APPDATA", "/C/Users/me/AppData/Roaming"), HOME);
        assertThat(w.config()).isEqualTo(Path.of("/C/Users/me/AppData/Roaming/Unhunch"));
        AppDirectories m = AppDirectories.resolve("Mac OS X", Map.of(), HOME);
        assertThat(m.config()).isEqualTo(Path.of("/home/me/Library/Application Support/Unhunch"));
    }
}
