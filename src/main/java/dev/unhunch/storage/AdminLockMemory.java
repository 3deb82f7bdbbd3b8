package dev.unhunch.storage;

import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.platform.FilePermissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The settings the administrator's file locked when it was last read in full, kept in the user's
 * configuration folder ({@value #FILE_NAME}), so that an administrator's file that turns damaged
 * or unreadable never unlocks a setting, not even after a restart. Forgotten when the
 * administrator's file is removed (the administrator's way to lift every lock).
 */
final class AdminLockMemory {

    /** The file in the configuration folder. */
    static final String FILE_NAME = "admin-locks.properties";

    private static final Log LOG = Log.of(AdminLockMemory.class);

    private final Path file;

    AdminLockMemory(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    /** The locks remembered; none when there is no (readable) memory. */
    Set<String> recall() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Set.of();
        } catch (IOException e) {
            LOG.warn("Cannot read " + file + ": " + AtomicFiles.reason(e));
            return Set.of();
        }
        String text = PropertiesText.read(bytes).entries().getOrDefault(SettingsLayers.LOCKED, "");
        Set<String> keys = new LinkedHashSet<>();
        Arrays.stream(text.split(",")).map(String::strip).filter(k -> SettingKeys.byName(k).isPresent()).forEach(keys::add);
        return keys;
    }

    /** Remembers the locks of a complete reading (none: forgets); writes only when they changed. */
    void remember(Set<String> locked) {
        if (locked.equals(recall())) {
            return;
        }
        try {
            if (locked.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            FilePermissions.createPrivateDirectories(file.getParent());
            byte[] text = new PropertiesText.Builder()
                    .comment("Written by Unhunch: the settings your administrator locked when their defaults file was\n"
                            + "last read in full. Used only while that file is damaged or cannot be read.")
                    .entry(SettingsLayers.LOCKED, String.join(", ", new java.util.TreeSet<>(locked))).toBytes();
            AtomicFiles.write(file, text, null);
        } catch (IOException e) {
            LOG.warn("Cannot remember the administrator's locks in " + file + ": " + e.getMessage());
        }
    }

    /** Forgets the locks: the administrator's file is gone. */
    void forget() {
        remember(Set.of());
    }
}
