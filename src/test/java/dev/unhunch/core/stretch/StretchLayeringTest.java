package dev.unhunch.core.stretch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stretch core stays free of Swing/AWT and of the UI, and the illustrations never touch
 * files. A plain source scan: quick, and enough for these two packages (the project-wide rules
 * belong in the architecture test).
 */
class StretchLayeringTest {

    private static final Path MAIN = Path.of("src/main/java/dev/unhunch");

    private static List<String> imports(String pkgDir) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkgDir))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void stretchCoreUsesNoAwtSwingOrUi() throws IOException {
        assertThat(imports("core/stretch")).isNotEmpty()
                .noneMatch(l -> l.contains(" java.awt") || l.contains(" javax.swing") || l.contains(" dev.unhunch.ui"));
    }

    @Test
    void illustrationsTouchNoFiles() throws IOException {
        assertThat(imports("ui/illustration")).isNotEmpty()
                .noneMatch(l -> l.contains(" java.nio.file") || l.contains(" java.io.File;"));
    }
}
