package dev.unhunch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    private final Path home = Path.of("/home/ann");

    @Test
    void linuxDefaultsFollowXdg() {
        AppDirectories dirs = AppDirectories.resolve("Linux", Map.of(), home);
        assertThat(dirs.config()).isEqualTo(Path.of("/home/ann/.config/unhunch"));
        assertThat(dirs.state()).isEqualTo(Path.of("/home/ann/.local/state/unhunch"));
        assertThat(dirs.runtime()).isEqualTo(dirs.state());
    }

    @Test
    void linuxHonoursXdgVariablesButIgnoresRelativeOnes() {
        AppDirectories dirs = AppDirectories.resolve("Linux",
                Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "relative/state", "XDG_RUNTIME_DIR", "/run/user/1000"), home);
        assertThat(dirs.config()).isEqualTo(Path.of("/cfg/unhunch"));
        assertThat(dirs.state()).isEqualTo(Path.of("/home/ann/.local/state/unhunch"));
        assertThat(dirs.runtime()).isEqualTo(Path.of("/run/user/1000/unhunch"));
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories dirs = AppDirectories.resolve("Windows 11",
                Map.of("APPDATA", "/c/Users/ann/AppData/Roaming", "LOCALAPPDATA", "/c/Users/ann/AppData/Local"), home);
        assertThat(dirs.config()).isEqualTo(Path.of("/c/Users/ann/AppData/Roaming/Unhunch"));
        assertThat(dirs.state()).isEqualTo(Path.of("/c/Users/ann/AppData/Local/Unhunch"));
    }

    @Test
    void macUsesApplicationSupport() {
        AppDirectories dirs = AppDirectories.resolve("Mac OS X", Map.of(), home);
        assertThat(dirs.config()).isEqualTo(Path.of("/home/ann/Library/Application Support/Unhunch"));
    }
}
