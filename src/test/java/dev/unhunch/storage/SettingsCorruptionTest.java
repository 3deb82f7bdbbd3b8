package dev.unhunch.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.core.settings.Notice;
import dev.unhunch.core.settings.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsCorruptionTest {

    @org.junit.jupiter.api.BeforeAll
    static void quiet() {
        QuietLogs.storage();
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private FileSettingsStore store() {
        return new FileSettingsStore(dir, null, CLOCK);
    }

    /** Files with no line that can be read: the backup is better than nothing. */
    static Stream<byte[]> unreadableContents() {
        byte[] garbage = new byte[600];
        new java.util.Random(42).nextBytes(garbage);
        return Stream.of(
                garbage,
                "\u0000\u0000\u0000\u0000".getBytes(StandardCharsets.UTF_8), // NULs after a crash
                new byte[] {'s', 'o', 'u', 'n', 'd', 's', '=', (byte) 0xC3, (byte) 0x28, '\n'}); // invalid UTF-8
    }

    @ParameterizedTest
    @MethodSource("unreadableContents")
    void fileWithNothingReadableIsMovedAsideAndTheBackupRestored(byte[] content) throws IOException {
        FileSettingsStore first = store();
        first.save(Settings.builder().maxSnoozes(4).build());
        first.save(Settings.builder().maxSnoozes(5).build()); // .bak now holds snooze.max 4
        byte[] bak = Files.readAllBytes(dir.resolve("settings.properties.bak"));
        Files.write(dir.resolve("settings.properties"), content);

        FileSettingsStore store = store();
        Settings s = store.load().settings();

        assertThat(s.maxSnoozes()).isEqualTo(4);
        Path aside = dir.resolve("settings.broken-20261122T050607Z");
        assertThat(aside).hasBinaryContent(content);
        assertThat(dir.resolve("settings.properties")).hasBinaryContent(bak);
        List<Notice> notices = store.takeNotices();
        assertThat(notices).singleElement().asString()
                .contains("could not be read", aside.toString(), "restored");
    }

    /** A damaged line among good ones, and the line number the user is told. */
    static Stream<Arguments> damagedLines() {
        return Stream.of(
                Arguments.of("micro.interval = 25m\nlong.inter".getBytes(StandardCharsets.UTF_8), "line 2 'long.inter'"),
                Arguments.of("micro.interval = 25m\nstretch.never = a,\\".getBytes(StandardCharsets.UTF_8),
                        "line 2 ends in the middle of a value"),
                Arguments.of("micro.interval = 25m\n\u0000\u0000\u0000\u0000".getBytes(StandardCharsets.UTF_8),
                        "line 2 contains binary data"),
                Arguments.of(bytes("# mine\nsounds = f", 0xE4, "lse\nmicro.interval = 25m\n"), "line 2 is not UTF-8 text"),
                Arguments.of(bytes("micro.interval = 25m\r\nlong.interval = 1h", 0xFF, "\r\n"), "line 2 is not UTF-8 text"));
    }

    private static byte[] bytes(String before, int bad, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] b = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(a, a.length + 1 + b.length);
        out[a.length] = (byte) bad;
        System.arraycopy(b, 0, out, a.length + 1, b.length);
        return out;
    }

    @ParameterizedTest
    @MethodSource("damagedLines")
    void aDamagedLineCostsThatLineOnlyAndTheFileIsLeftAsItIs(byte[] content, String told) throws IOException {
        FileSettingsStore first = store();
        first.save(Settings.builder().maxSnoozes(4).build());
        first.save(Settings.builder().maxSnoozes(5).build()); // a backup exists, and is not needed
        Files.write(dir.resolve("settings.properties"), content);

        FileSettingsStore store = store();
        Settings s = store.load().settings();

        assertThat(s.micro().interval()).isEqualTo(Duration.ofMinutes(25));
        assertThat(s.maxSnoozes()).isEqualTo(Settings.defaults().maxSnoozes());
        assertThat(dir.resolve("settings.properties")).hasBinaryContent(content);
        assertThat(dir.resolve("settings.broken-20261122T050607Z")).doesNotExist();
        assertThat(store.takeNotices()).singleElement().asString().contains(told, "not used", "left as it is");
    }

    @Test
    void aBadByteWithoutABackupKeepsEveryOtherKeyAndASaveMovesTheFileAsideFirst() throws IOException {
        byte[] content = bytes("micro.interval = 25m\nsnooze.max = 6\nsounds = fa", 0xC3, "lse\nlong.length = 7m\n");
        Files.write(dir.resolve("settings.properties"), content);
        Files.write(dir.resolve("settings.broken-20261122T050607Z"), new byte[] {1}); // an older one

        FileSettingsStore store = store();
        Settings s = store.load().settings();
        assertThat(s.micro().interval()).isEqualTo(Duration.ofMinutes(25));
        assertThat(s.maxSnoozes()).isEqualTo(6);
        assertThat(s.longBreak().length()).isEqualTo(Duration.ofMinutes(7));
        assertThat(s.sounds()).isEqualTo(Settings.defaults().sounds());
        assertThat(store.takeNotices()).singleElement().asString().contains("line 3 is not UTF-8 text");
        assertThat(dir.resolve("settings.properties")).hasBinaryContent(content);

        store.save(s.toBuilder().maxSnoozes(2).build());
        assertThat(dir.resolve("settings.broken-20261122T050607Z-2")).hasBinaryContent(content);
        assertThat(dir.resolve("settings.broken-20261122T050607Z")).hasBinaryContent(new byte[] {1});
        assertThat(store.takeNotices()).singleElement().asString().contains("moved to", "before saving");
        assertThat(dir.resolve("settings.properties.bak")).doesNotExist(); // the damaged file is no good copy
        Settings again = store().load().settings();
        assertThat(again.maxSnoozes()).isEqualTo(2);
        assertThat(again.micro().interval()).isEqualTo(Duration.ofMinutes(25));
        assertThat(again.longBreak().length()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void fileDamagedWhileRunningCostsTheLineAndIsMovedAsideBeforeASave() throws IOException {
        FileSettingsStore store = store();
        store.save(Settings.builder().maxSnoozes(6).build());
        byte[] good = Files.readAllBytes(dir.resolve("settings.properties"));
        Files.writeString(dir.resolve("settings.properties"), "snooze.max = 7\nmicro.len");

        assertThat(store.reloadIfChanged()).isTrue();
        assertThat(store.current().maxSnoozes()).isEqualTo(7);
        assertThat(store.takeNotices()).singleElement().asString().contains("line 2 'micro.len'", "not used");
        assertThat(dir.resolve("settings.properties")).hasContent("snooze.max = 7\nmicro.len");

        store.save(Settings.builder().maxSnoozes(8).build());
        assertThat(dir.resolve("settings.broken-20261122T050607Z")).hasContent("snooze.max = 7\nmicro.len");
        assertThat(dir.resolve("settings.properties.bak")).hasBinaryContent(good);
        assertThat(store().load().settings().maxSnoozes()).isEqualTo(8);
    }

    @Test
    void fileTurnedToGarbageWhileRunningKeepsTheCurrentSettings() throws IOException {
        FileSettingsStore store = store();
        store.save(Settings.builder().maxSnoozes(6).build());
        Files.write(dir.resolve("settings.properties"), new byte[] {0, 0, 0, (byte) 0xFF});

        assertThat(store.reloadIfChanged()).isFalse();
        assertThat(store.current().maxSnoozes()).isEqualTo(6);
        assertThat(store.takeNotices()).singleElement().asString().contains("keeps the current settings");
    }

    @Test
    void readOnlyDirectoryGivesAClearMessageAndKeepsTheOldFile() throws Exception {
        FileSettingsStore store = store();
        store.save(Settings.builder().maxSnoozes(2).build());
        byte[] before = Files.readAllBytes(dir.resolve("settings.properties"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        try {
            if (Files.isWritable(dir)) {
                // root ignores modes: use a read-only mount instead, which binds root too
                readOnlyMountCase();
                return;
            }
            assertThatThrownBy(() -> store.save(Settings.builder().maxSnoozes(3).build()))
                    .isInstanceOf(IOException.class).hasMessageContaining("read-only or not writable")
                    .hasMessageContaining("previous file is unchanged");
            assertThat(dir.resolve("settings.properties")).hasBinaryContent(before);
            assertThat(store.current().maxSnoozes()).isEqualTo(2);
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private void readOnlyMountCase() throws Exception {
        Object mount = Tmpfs.mount(dir.resolve("ro"), "1m");
        Assumptions.assumeTrue(mount instanceof Tmpfs,
                () -> "running as root, where modes are not enforced, and " + mount);
        try (Tmpfs fs = (Tmpfs) mount) {
            FileSettingsStore store = new FileSettingsStore(fs.dir().resolve("unhunch"), null, CLOCK);
            store.save(Settings.builder().maxSnoozes(2).build());
            byte[] before = Files.readAllBytes(store.file());
            fs.readOnly();
            assertThatThrownBy(() -> store.save(Settings.builder().maxSnoozes(3).build()))
                    .isInstanceOf(IOException.class).hasMessageContaining("read-only")
                    .hasMessageContaining("previous file is unchanged");
            assertThat(store.file()).hasBinaryContent(before);
            assertThat(store.current().maxSnoozes()).isEqualTo(2);
        }
    }

    @Test
    void diskFullGivesAClearMessageAndKeepsTheOldFile() throws Exception {
        Object mount = Tmpfs.mount(dir.resolve("small"), "64k");
        Assumptions.assumeTrue(mount instanceof Tmpfs, () -> "disk-full test skipped: " + mount);
        try (Tmpfs fs = (Tmpfs) mount) {
            FileSettingsStore store = new FileSettingsStore(fs.dir().resolve("unhunch"), null, CLOCK);
            store.save(Settings.builder().maxSnoozes(2).build());
            byte[] before = Files.readAllBytes(store.file());
            fill(fs.dir().resolve("filler"));

            assertThatThrownBy(() -> store.save(Settings.builder().maxSnoozes(3).microLength(Duration.ofMinutes(1))
                    .favourites(List.of("a-long-stretch-id-to-need-more-room")).build()))
                    .isInstanceOf(IOException.class).hasMessageContaining("disk is full")
                    .hasMessageContaining("previous file is unchanged");
            assertThat(store.file()).hasBinaryContent(before);
            try (var files = Files.list(store.file().getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
            }
            assertThat(new FileSettingsStore(store.file().getParent(), null).load().settings().maxSnoozes()).isEqualTo(2);
        }
    }

    private static void fill(Path filler) {
        byte[] block = new byte[1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 1024; i++) {
                out.write(block);
                out.flush();
            }
        } catch (IOException expected) {
            return; // full
        }
        throw new AssertionError("the tmpfs did not fill up");
    }
}
