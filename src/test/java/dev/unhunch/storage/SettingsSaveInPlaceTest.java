package dev.unhunch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save from Preferences edits the user's file in place: their comments, order and unknown keys stay. */
class SettingsSaveInPlaceTest {

    @BeforeAll
    static void quiet() {
        QuietLogs.storage();
    }

    @TempDir
    Path tmp;

    private Path dir() {
        return tmp.resolve("config");
    }

    private FileSettingsStore store() {
        return new FileSettingsStore(dir(), tmp.resolve("admin.properties"));
    }

    private static final String MINE = "# my own notes: keep breaks short\r\n"
            + "micro.length = 20s\r\n"
            + "\r\n"
            + "# from a newer version\r\n"
            + "future.key = something\r\n"
            + "micro.interval = 15m   \r\n"
            + "# sounds annoy my colleagues\r\n"
            + "sounds = no\r\n";

    @Test
    void aSaveChangesOnlyTheLinesOfChangedSettingsAndKeepsCommentsAndUnknownKeys() throws IOException {
        Files.createDirectories(dir());
        Path file = dir().resolve(FileSettingsStore.FILE_NAME);
        Files.writeString(file, MINE, StandardCharsets.UTF_8);
        FileSettingsStore store = store();
        Settings now = store.current();

        store.save(now.toBuilder().microInterval(Duration.ofMinutes(25)).longLength(Duration.ofMinutes(7)).build());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("# my own notes: keep breaks short\r\n"
                + "micro.length = 20s\r\n"
                + "\r\n"
                + "# from a newer version\r\n"
                + "future.key = something\r\n"
                + "micro.interval = 25m\r\n"
                + "# sounds annoy my colleagues\r\n"
                + "sounds = no\r\n"
                + "\r\n"
                + "long.length = 7m\r\n");
        assertThat(store().current().micro().interval()).isEqualTo(Duration.ofMinutes(25));
        assertThat(store().current().sounds()).isFalse();
    }

    @Test
    void aChangedSettingGoesBelowItsCommentedDefaultInTheTemplate() throws IOException {
        FileSettingsStore store = store();
        store.save(Settings.defaults().toBuilder().sounds(false).build()); // writes the commented template
        Path file = dir().resolve(FileSettingsStore.FILE_NAME);
        Files.writeString(file, "# mine\n" + Files.readString(file), StandardCharsets.UTF_8);
        store.reloadIfChanged();

        store.save(store.current().toBuilder().microLength(Duration.ofSeconds(40)).build());

        String text = Files.readString(file);
        assertThat(text).startsWith("# mine\n").contains("# micro.length = 30s\nmicro.length = 40s\n");
    }

    @Test
    void aSymlinkedSettingsFileStaysALinkAndItsTargetIsWritten() throws IOException {
        Path dotfiles = Files.createDirectories(tmp.resolve("dotfiles"));
        Path target = dotfiles.resolve("unhunch.properties");
        Files.writeString(target, "# in my dotfiles repository\nsounds = false\n");
        Files.createDirectories(dir());
        Path link = dir().resolve(FileSettingsStore.FILE_NAME);
        Files.createSymbolicLink(link, Path.of("../dotfiles/unhunch.properties"));
        FileSettingsStore store = store();

        store.save(store.current().toBuilder().microInterval(Duration.ofMinutes(30)).build());

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("# in my dotfiles repository\nsounds = false\n\nmicro.interval = 30m\n");
        assertThat(store().current().micro().interval()).isEqualTo(Duration.ofMinutes(30));
        try (var left = Files.list(dotfiles)) {
            assertThat(left).containsExactly(target); // no temporary file left beside the target
        }
    }

    @Test
    void aRelativeLinkInsideALinkedFolderIsFollowedAsTheKernelDoes() throws IOException {
        // ~/.config/unhunch -> real/cfg, and real/cfg/settings.properties -> ../dot/unhunch.properties:
        // "../dot" is real/dot, not the textual tmp/dot
        Path realConfig = Files.createDirectories(tmp.resolve("real/cfg"));
        Path target = Files.createDirectories(tmp.resolve("real/dot")).resolve("unhunch.properties");
        Files.writeString(target, "sounds = false\n");
        Files.createSymbolicLink(dir(), Path.of("real/cfg"));
        Files.createSymbolicLink(realConfig.resolve(FileSettingsStore.FILE_NAME), Path.of("../dot/unhunch.properties"));
        FileSettingsStore store = store();

        store.save(store.current().toBuilder().microInterval(Duration.ofMinutes(30)).build());

        assertThat(Files.readString(target)).isEqualTo("sounds = false\n\nmicro.interval = 30m\n");
        assertThat(tmp.resolve("dot")).doesNotExist();
    }
}
