package dev.unhunch.storage;

import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * What happens to a settings file that cannot be read as a whole: it is moved aside to
 * {@code settings.broken-<UTC time>} (never deleted, never overwritten) and the backup is put in
 * its place when the backup is readable.
 */
final class BrokenFiles {

    private static final Log LOG = Log.of(BrokenFiles.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path backup;
    private final Clock clock;

    BrokenFiles(Path file, Path backup, Clock clock) {
        this.file = file;
        this.backup = backup;
        this.clock = clock;
    }

    /** Why the bytes are broken, for a message. */
    static String reason(byte[] bytes) {
        try {
            PropertiesText.parse(bytes);
            return "no error";
        } catch (BrokenFileException e) {
            return e.getMessage();
        }
    }

    /**
     * Moves the broken file aside and restores the backup if it is readable.
     *
     * @param bytes the broken content, as read
     * @param notice receives the message for the user
     * @return the content now in use: the backup's, or null for the defaults
     */
    byte[] recover(byte[] bytes, Consumer<String> notice) {
        String reason = reason(bytes);
        Path aside = moveAside();
        String where = aside != null ? "It was moved to " + aside : "It could not be moved aside and is left as it is";
        byte[] bak = readBackup();
        if (bak != null) {
            try {
                if (aside != null) {
                    AtomicFiles.write(file, bak, null);
                }
                notice.accept("Your settings file could not be read (" + reason + "). " + where
                        + "; the last good copy from " + backup.getFileName() + " was restored.");
            } catch (IOException e) {
                notice.accept("Your settings file could not be read (" + reason + "). " + where
                        + "; Unhunch uses the last good copy from " + backup.getFileName()
                        + " but could not write it back: " + e.getMessage());
            }
            return bak;
        }
        notice.accept("Your settings file could not be read (" + reason + "). " + where
                + "; there is no readable backup, so Unhunch uses the default settings.");
        return null;
    }

    /** Moves a broken file aside before it would be replaced, and tells the user. */
    void moveAside(byte[] bytes, Consumer<String> notice) throws IOException {
        Path aside = moveAside();
        if (aside == null) {
            throw new IOException("Could not save " + file + ": it has an error (" + reason(bytes)
                    + ") and could not be moved aside; it is left as it is.");
        }
        notice.accept("Your settings file had an error (" + reason(bytes) + "); it was moved to " + aside
                + " before saving.");
    }

    private Path moveAside() {
        String base = "settings.broken-" + STAMP.format(clock.instant());
        Path target = file.resolveSibling(base);
        for (int i = 2; Files.exists(target); i++) {
            target = file.resolveSibling(base + "-" + i);
        }
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("Could not move " + file + " to " + target + ": " + AtomicFiles.reason(e));
            return null;
        }
    }

    private byte[] readBackup() {
        try {
            byte[] bak = Files.readAllBytes(backup);
            if (PropertiesText.isReadable(bak)) {
                return bak;
            }
            LOG.warn("The backup " + backup + " is not readable either: " + reason(bak));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("Cannot read the backup " + backup + ": " + AtomicFiles.reason(e));
        }
        return null;
    }
}
