package dev.unhunch.platform.autostart;

import dev.unhunch.platform.FilePermissions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a small entry file whole: temporary file, then an atomic rename; mode 0600. */
final class EntryFiles {

    private EntryFiles() {
    }

    static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            FilePermissions.createPrivateDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", FilePermissions.privateFileAttributes(dir));
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
