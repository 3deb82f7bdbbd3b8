package dev.unhunch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start writes the commented template; nothing already there is ever replaced. */
class SettingsTemplateTest {

    @BeforeAll
    static void quiet() {
        QuietLogs.storage();
    }

    @TempDir
    Path tmp;

    private FileSettingsStore store() {
        return new FileSettingsStore(tmp.resolve("home/.config/unhunch"), tmp.resolve("etc/defaults.properties"));
    }

    @Test
    void theFirstStartWritesTheCommentedTemplateOnce() throws IOException {
        FileSettingsStore store = store();
        assertThat(store.createIfMissing()).isTrue();
        String text = Files.readString(store.file(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Unhunch settings.")
                .contains("# Micro break after this much activity\n# Allowed: 1m to 4h. Default: 20m\n# micro.interval = 20m\n")
                .contains("# equipment.mat = false\n").contains("# equipment.wallOrDoorway = true\n");
        assertThat(text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))).as("every value commented out").isEmpty();
        assertThat(Files.getPosixFilePermissions(store.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(store.load().settings()).isEqualTo(Settings.defaults());
        assertThat(store.takeNotices()).isEmpty();

        assertThat(store().createIfMissing()).as("the second start").isFalse();
        assertThat(Files.readString(store.file(), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void anExistingFileIsNeverReplaced() throws IOException {
        FileSettingsStore store = store();
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "# mine\nmicro.interval = 25m\n");
        assertThat(store.createIfMissing()).isFalse();
        assertThat(Files.readString(store.file())).isEqualTo("# mine\nmicro.interval = 25m\n");
        assertThat(store.load().settings().micro().interval()).isEqualTo(Duration.ofMinutes(25));
    }

    @Test
    void aDanglingLinkIsLeftAlone() throws IOException {
        FileSettingsStore store = store();
        Files.createDirectories(store.file().getParent());
        Path target = tmp.resolve("elsewhere/settings.properties");
        Files.createSymbolicLink(store.file(), target);
        assertThat(store.createIfMissing()).isFalse();
        assertThat(Files.isSymbolicLink(store.file())).isTrue();
        assertThat(target).doesNotExist();
    }

    @Test
    void theTemplateShowsTheAdministratorsDefaults() throws IOException {
        Path admin = tmp.resolve("etc/defaults.properties");
        Files.createDirectories(admin.getParent());
        Files.writeString(admin, "micro.interval = 30m\n");
        FileSettingsStore store = store();
        assertThat(store.createIfMissing()).isTrue();
        assertThat(Files.readString(store.file())).contains("# micro.interval = 30m\n");
        assertThat(store.load().settings().micro().interval()).isEqualTo(Duration.ofMinutes(30));
    }
}
