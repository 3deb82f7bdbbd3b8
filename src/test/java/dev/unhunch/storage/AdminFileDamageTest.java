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

/**
 * The administrator's file degrades per line like the user's, and a damaged or unreadable one
 * never unlocks a setting: the locks of its last complete reading stay, and the user is told.
 */
class AdminFileDamageTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void quiet() {
        QuietLogs.storage();
    }

    private Path config() {
        return tmp.resolve("home/.config/unhunch");
    }

    private Path adminFile() {
        return tmp.resolve("etc/defaults.properties");
    }

    private FileSettingsStore store() {
        return new FileSettingsStore(config(), adminFile());
    }

    private void admin(byte[] content) throws IOException {
        Files.createDirectories(adminFile().getParent());
        Files.write(adminFile(), content);
    }

    private static byte[] withBadByte(String before, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] b = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(a, a.length + 1 + b.length);
        out[a.length] = (byte) 0xFF;
        System.arraycopy(b, 0, out, a.length + 1, b.length);
        return out;
    }

    private void userFile(String text) throws IOException {
        Files.createDirectories(config());
        Files.writeString(config().resolve("settings.properties"), text);
    }

    @Test
    void aBadByteInOneAdminLineCostsThatLineOnly() throws IOException {
        admin(withBadByte("micro.interval = 30m\nsounds = f", "alse\nlocked = micro.interval, strict\nstrict = true\n"));
        userFile("micro.interval = 10m\n");
        FileSettingsStore store = store();
        Settings s = store.load().settings();

        assertThat(store.lockedKeys()).containsExactlyInAnyOrder("micro.interval", "strict");
        assertThat(s.micro().interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.strictMode()).isTrue();
        assertThat(s.sounds()).isEqualTo(Settings.defaults().sounds());
        assertThat(store.takeNotices()).singleElement().asString()
                .contains("administrator's defaults file", "line 2 is not UTF-8 text", "tell your administrator");
    }

    @Test
    void aDamagedLockLineKeepsTheLocksOfTheLastCompleteReading() throws IOException {
        admin("micro.interval = 30m\nlocked = micro.interval, strict\nstrict = true\n".getBytes(StandardCharsets.UTF_8));
        userFile("micro.interval = 10m\nstrict = false\n");
        assertThat(store().lockedKeys()).containsExactlyInAnyOrder("micro.interval", "strict");
        Path memory = config().resolve(AdminLockMemory.FILE_NAME);
        assertThat(memory).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(memory))).isEqualTo("rw-------");

        admin(withBadByte("micro.interval = 30m\nlocked = micro.interval, str", "ict\nstrict = true\n"));
        FileSettingsStore store = store(); // a restart: only the memory on disk knows the locks
        Settings s = store.load().settings();

        assertThat(store.lockedKeys()).containsExactlyInAnyOrder("micro.interval", "strict");
        assertThat(s.micro().interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.strictMode()).isTrue();
        assertThat(store.takeNotices()).singleElement().asString()
                .contains("line 2 is not UTF-8 text", "stay locked (micro.interval, strict)");
    }

    @Test
    void anUnreadableAdminFileKeepsTheLocksAndARemovedOneLiftsThem() throws IOException {
        admin("locked = sounds\nsounds = false\n".getBytes(StandardCharsets.UTF_8));
        assertThat(store().lockedKeys()).containsExactly("sounds");

        Files.delete(adminFile());
        Files.createDirectories(adminFile()); // cannot be read, even by root
        FileSettingsStore store = store();
        assertThat(store.lockedKeys()).containsExactly("sounds");
        assertThat(store.takeNotices()).singleElement().asString().contains("cannot be read", "stay locked (sounds)");

        Files.delete(adminFile());
        FileSettingsStore after = store();
        assertThat(after.lockedKeys()).isEmpty();
        assertThat(after.takeNotices()).isEmpty();
        assertThat(config().resolve(AdminLockMemory.FILE_NAME)).doesNotExist();
    }

    @Test
    void aGarbageAdminFileLocksWhatItLockedBefore() throws IOException {
        admin("locked = strict\nstrict = true\n".getBytes(StandardCharsets.UTF_8));
        store().load();
        byte[] garbage = new byte[400];
        new java.util.Random(7).nextBytes(garbage);
        admin(garbage);
        userFile("strict = false\n");

        FileSettingsStore store = store();
        Settings s = store.load().settings();
        assertThat(store.lockedKeys()).containsExactly("strict");
        assertThat(s.strictMode()).isEqualTo(Settings.defaults().strictMode()); // its value line is gone too
        assertThat(store.takeNotices()).anySatisfy(n -> assertThat(n.toString()).contains("stay locked (strict)"));
    }
}
