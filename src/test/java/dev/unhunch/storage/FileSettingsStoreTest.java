package dev.unhunch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Notice;
import dev.unhunch.core.settings.Reason;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.settings.SettingsCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSettingsStoreTest {

    @org.junit.jupiter.api.BeforeAll
    static void quiet() {
        QuietLogs.storage();
    }

    @TempDir
    Path tmp;

    private Path dir() {
        return tmp.resolve("home/.config/unhunch");
    }

    private FileSettingsStore store() {
        return new FileSettingsStore(dir(), tmp.resolve("etc/defaults.properties"));
    }

    private void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void freshStartUsesDefaultsAndWritesCommentedFileWithPrivateModes() throws IOException {
        FileSettingsStore store = store();
        SettingsCodec.Decoded d = store.load();
        assertThat(d.settings()).isEqualTo(Settings.defaults());
        assertThat(d.problems()).isEmpty();
        assertThat(store.takeNotices()).isEmpty();
        assertThat(store.file()).doesNotExist();

        store.save(Settings.defaults().toBuilder().microInterval(Duration.ofMinutes(25)).build());

        String text = read(store.file());
        assertThat(text).contains("# Micro break after this much activity\n# Allowed: 1m to 4h. Default: 20m\n"
                + "micro.interval = 25m\n");
        assertThat(text).contains("# Micro break length\n# Allowed: 5s to 10m. Default: 30s\n# micro.length = 30s\n");
        assertThat(text).contains("# Allowed: light, dark, system. Default: system");
        assertThat(Files.getPosixFilePermissions(store.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        for (Path p = dir(); !p.equals(tmp); p = p.getParent()) {
            assertThat(Files.getPosixFilePermissions(p)).as(p.toString())
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        }
        assertThat(store().load().settings().micro().interval()).isEqualTo(Duration.ofMinutes(25));
    }

    @Test
    void secondSaveKeepsThePreviousFileAsBackup() throws IOException {
        FileSettingsStore store = store();
        store.save(Settings.builder().maxSnoozes(1).build());
        String first = read(store.file());
        store.save(Settings.builder().maxSnoozes(2).build());
        Path bak = dir().resolve(FileSettingsStore.BACKUP_NAME);
        assertThat(read(bak)).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(bak)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(store.current().maxSnoozes()).isEqualTo(2);
        try (var files = Files.list(dir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("settings.properties", "settings.properties.bak");
        }
    }

    @Test
    void badValuesFallBackOnceAndTheirTextSurvivesASaveOfAnotherSetting() throws IOException {
        write(dir().resolve("settings.properties"),
                "micro.interval = 15h\nsnooze.max = x\nlong.length = 10m\nactivity.noise = 30s\n");
        FileSettingsStore store = store();
        SettingsCodec.Decoded d = store.load();

        assertThat(d.settings().micro().interval()).isEqualTo(Duration.ofMinutes(20));
        assertThat(d.settings().maxSnoozes()).isEqualTo(3);
        assertThat(d.settings().longBreak().length()).isEqualTo(Duration.ofMinutes(10));
        assertThat(d.settings().activity().noise()).isEqualTo(Duration.ofSeconds(5));
        assertThat(d.problems()).extracting(p -> p.key() + "|" + p.value() + "|" + p.used())
                .containsExactly("micro.interval|15h|20m", "snooze.max|x|3", "activity.noise|30s|5s");
        List<Notice> notices = store.takeNotices();
        assertThat(notices).hasSize(3);
        assertThat(notices.get(0).text()).contains("micro.interval", "15h", "using 20m");
        // the problem behind it, for windows that say it in another language
        assertThat(notices.get(0).problem().reason().code()).isEqualTo(Reason.Code.RANGE);
        assertThat(store.takeNotices()).isEmpty();
        store.load();
        assertThat(store.takeNotices()).as("shown once only").isEmpty();

        store.save(d.settings().toBuilder().sounds(false).build());
        String text = read(store.file());
        // the user's lines as they were, the new setting at the end
        assertThat(text).isEqualTo("micro.interval = 15h\nsnooze.max = x\nlong.length = 10m\nactivity.noise = 30s\n"
                + "\nsounds = false\n");

        // once the user picks a value for a bad key, theirs is written
        store.save(store.current().toBuilder().maxSnoozes(5).build());
        assertThat(read(store.file())).isEqualTo("micro.interval = 15h\nsnooze.max = 5\nlong.length = 10m\nactivity.noise = 30s\n"
                + "\nsounds = false\n");
    }

    @Test
    void unknownKeysFromANewerVersionArePreserved() throws IOException {
        write(dir().resolve("settings.properties"), "future.feature = on\nmicro.length = 40s\nx.y\\=z = a\\\\b\n");
        FileSettingsStore store = store();
        SettingsCodec.Decoded d = store.load();
        assertThat(d.unknown()).containsEntry("future.feature", "on").containsEntry("x.y=z", "a\\b");
        store.save(d.settings().toBuilder().strictMode(true).build());
        SettingsCodec.Decoded again = store().load();
        assertThat(again.unknown()).isEqualTo(Map.of("future.feature", "on", "x.y=z", "a\\b"));
        assertThat(again.settings().strictMode()).isTrue();
        assertThat(again.settings().micro().length()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void adminDefaultsLayerUnderTheUserAndLockedKeysIgnoreTheUser() throws IOException {
        write(tmp.resolve("etc/defaults.properties"),
                "micro.interval = 30m\nstrict = true\nlong.length = 10m\nlocked = micro.interval, strict, nope\n");
        write(dir().resolve("settings.properties"), "micro.interval = 10m\nlong.length = 7m\n");
        FileSettingsStore store = store();
        Settings s = store.load().settings();
        assertThat(store.lockedKeys()).containsExactlyInAnyOrder("micro.interval", "strict");
        assertThat(s.micro().interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.strictMode()).isTrue();
        assertThat(s.longBreak().length()).isEqualTo(Duration.ofMinutes(7));

        store.save(s.toBuilder().microInterval(Duration.ofMinutes(5)).strictMode(false)
                .longLength(Duration.ofMinutes(10)).build());
        String text = read(store.file());
        // locked keys keep the user's text (they are never written); only long.length changed
        assertThat(text).isEqualTo("micro.interval = 10m\nlong.length = 10m\n");
        assertThat(text).doesNotContain("strict =", "micro.interval = 5m");
        assertThat(store.current().micro().interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(store.current().strictMode()).isTrue();
    }

    @Test
    void defaultsAreTheBuiltInOnesOverlaidWithTheAdministrators() throws IOException {
        write(tmp.resolve("etc/defaults.properties"),
                "micro.interval = 15m\nsounds = false\nlong.length = forever\nlocked = sounds\n");
        write(dir().resolve("settings.properties"), "micro.interval = 40m\nmicro.length = 50s\n");
        FileSettingsStore store = store();
        Settings defaults = store.defaults();
        assertThat(defaults.micro().interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.sounds()).isFalse();
        // the user's file plays no part, and a bad admin value falls back to the built-in default
        assertThat(defaults.micro().length()).isEqualTo(Settings.defaults().micro().length());
        assertThat(defaults.longBreak().length()).isEqualTo(Settings.defaults().longBreak().length());
        assertThat(store.hasAdminDefaults()).isTrue();
        assertThat(store.current().micro().interval()).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void withoutAnAdministratorsFileTheDefaultsAreBuiltIn() throws IOException {
        FileSettingsStore store = store();
        assertThat(store.defaults()).isEqualTo(Settings.defaults());
        assertThat(store.hasAdminDefaults()).isFalse();
        // a file that sets nothing usable does not count as the administrator's defaults either
        write(tmp.resolve("etc/defaults.properties"), "# nothing here yet\nmicro.interval = often\n");
        FileSettingsStore again = store();
        assertThat(again.defaults()).isEqualTo(Settings.defaults());
        assertThat(again.hasAdminDefaults()).isFalse();
        write(tmp.resolve("etc/defaults.properties"), "locked = strict\n");
        assertThat(store().hasAdminDefaults()).isTrue();
    }

    @Test
    void invalidSettingsAreNotSaved() {
        FileSettingsStore store = store();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.save(Settings.builder().maxSnoozes(99).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snooze.max");
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void adminFileDefaultLocations() {
        assertThat(AdminDefaults.location("Linux", Map.of()))
                .isEqualTo(Path.of("/etc/xdg/unhunch/defaults.properties"));
        assertThat(AdminDefaults.location("Mac OS X", Map.of()))
                .isEqualTo(Path.of("/Library/Application Support/Unhunch/defaults.properties"));
        assertThat(AdminDefaults.location("Windows 11", Map.of("ProgramData", "D:\\PD")).toString())
                .endsWith("Unhunch" + java.io.File.separator + "defaults.properties").startsWith("D:\\PD");
    }

    @Test
    void listenersHearSavesButNotUnchangedSaves() throws IOException {
        FileSettingsStore store = store();
        List<Settings> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        store.addListener(heard::add);
        store.save(Settings.builder().sounds(false).build());
        store.save(Settings.builder().sounds(false).build());
        assertThat(heard).extracting(Settings::sounds).containsExactly(false);
        assertThat(store.reloadIfChanged()).isFalse();
    }

    @Test
    void reloadIfChangedPicksUpExternalEdits() throws IOException {
        FileSettingsStore store = store();
        store.save(Settings.defaults().toBuilder().sounds(false).build());
        List<Settings> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        store.addListener(heard::add);
        write(store.file(), read(store.file()).replace("sounds = false", "sounds = true\nsnooze.max = 7"));
        assertThat(store.reloadIfChanged()).isTrue();
        assertThat(heard).singleElement().satisfies(s -> {
            assertThat(s.sounds()).isTrue();
            assertThat(s.maxSnoozes()).isEqualTo(7);
        });
        assertThat(store.reloadIfChanged()).isFalse();
    }
}
