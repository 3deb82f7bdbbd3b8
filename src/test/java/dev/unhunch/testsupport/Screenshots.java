package dev.unhunch.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Saves a picture of the whole test display under {@code target/screenshots} for review. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path take(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Tools.run("import", "-window", "root", file.toString());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
