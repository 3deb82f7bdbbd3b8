package dev.unhunch.platform.autostart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutostartTest {

    @TempDir
    Path home;

    @Test
    void xdgEntryIsInstalledUpdatedAndRemovedOnDisk() throws IOException {
        Path dir = Autostart.xdgAutostartDir(Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString()), home);
        assertThat(dir).isEqualTo(home.resolve("cfg/autostart"));
        XdgAutostart a = new XdgAutostart(dir);
        assertThat(a.isEnabled()).isFalse();
        a.disable(); // nothing to remove: fine

        a.enable(List.of("/opt/unhunch/bin/Unhunch", "--minimized"));
        assertThat(a.isEnabled()).isTrue();
        assertThat(a.file()).hasContent("[Desktop Entry]\nType=Application\nName=Unhunch\n"
                + "Comment=Stretch breaks after real activity\nExec=/opt/unhunch/bin/Unhunch --minimized\n"
                + "Icon=unhunch\nTerminal=false\nCategories=Utility;\nX-GNOME-Autostart-enabled=true");
        assertThat(Files.getPosixFilePermissions(a.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));

        a.set(true, List.of("/home/me/My Apps/unhunch"));
        assertThat(Files.readString(a.file())).contains("Exec=\"/home/me/My Apps/unhunch\"\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(a.file());
        }

        a.set(false, List.of());
        assertThat(a.file()).doesNotExist();
        assertThat(a.isEnabled()).isFalse();
    }

    @Test
    void xdgEntryHiddenByTheUserCountsAsOff() throws IOException {
        XdgAutostart a = new XdgAutostart(home);
        a.enable(List.of("unhunch"));
        Files.writeString(a.file(), Files.readString(a.file()) + "Hidden=true\n");
        assertThat(a.isEnabled()).isFalse();
    }

    @Test
    void execQuotingFollowsTheDesktopEntrySpec() {
        assertThat(XdgAutostart.exec(List.of("/usr/bin/java", "-jar", "/a b/u.jar", "100%", "say \"hi\" $HOME", "C:\\x y")))
                .isEqualTo("/usr/bin/java -jar \"/a b/u.jar\" 100%% \"say \\\\\"hi\\\\\" \\\\$HOME\" \"C:\\\\\\\\x y\"");
        assertThatThrownBy(() -> new XdgAutostart(home).enable(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowsRunValueIsSetAndDeletedThroughTheRegistry() throws IOException {
        Map<String, String> values = new HashMap<>();
        RegistryAccess fake = new RegistryAccess() {
            @Override
            public Optional<String> get(String key, String name) {
                return Optional.ofNullable(values.get(key + "|" + name));
            }

            @Override
            public void set(String key, String name, String value) {
                values.put(key + "|" + name, value);
            }

            @Override
            public void delete(String key, String name) {
                values.remove(key + "|" + name);
            }
        };
        WindowsRunAutostart a = new WindowsRunAutostart(fake);
        assertThat(a.isEnabled()).isFalse();
        a.enable(List.of("C:\\Program Files\\Unhunch\\Unhunch.exe", "--minimized"));
        assertThat(values).containsExactly(Map.entry("Software\\Microsoft\\Windows\\CurrentVersion\\Run|Unhunch",
                "\"C:\\Program Files\\Unhunch\\Unhunch.exe\" --minimized"));
        assertThat(a.isEnabled()).isTrue();
        a.disable();
        assertThat(values).isEmpty();
        assertThat(WindowsRunAutostart.commandLine(List.of("a\"b", "c:\\dir with space\\", "")))
                .isEqualTo("\"a\\\"b\" \"c:\\dir with space\\\\\" \"\"");
    }

    @Test
    void windowsRegistryFailuresBecomeIoExceptions() {
        RegistryAccess broken = new RegistryAccess() {
            @Override
            public Optional<String> get(String key, String name) {
                throw new IllegalStateException("access denied");
            }

            @Override
            public void set(String key, String name, String value) {
                throw new IllegalStateException("access denied");
            }

            @Override
            public void delete(String key, String name) {
                throw new IllegalStateException("access denied");
            }
        };
        assertThatThrownBy(() -> new WindowsRunAutostart(broken).enable(List.of("u.exe")))
                .isInstanceOf(IOException.class).hasMessageContaining("autostart", "access denied");
    }

    @Test
    void macLaunchAgentPlist() throws IOException {
        LaunchAgentAutostart a = new LaunchAgentAutostart(home.resolve("Library/LaunchAgents"));
        a.enable(List.of("/Applications/Unhunch.app/Contents/MacOS/Unhunch", "--x=<&>"));
        assertThat(a.file()).isEqualTo(home.resolve("Library/LaunchAgents/dev.unhunch.plist"));
        String plist = Files.readString(a.file());
        assertThat(plist).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist")
                .contains("<key>Label</key>\n    <string>dev.unhunch</string>",
                        "<array>\n        <string>/Applications/Unhunch.app/Contents/MacOS/Unhunch</string>\n"
                                + "        <string>--x=&lt;&amp;&gt;</string>\n    </array>",
                        "<key>RunAtLoad</key>\n    <true/>");
        assertThat(a.isEnabled()).isTrue();
        a.disable();
        assertThat(a.isEnabled()).isFalse();
    }
}
