package dev.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line and the IPC code use core and platform only, so that commands start fast and
 * need no display. A scan of the sources (an ArchUnit import costs ~10 s here); ClientPathIT
 * checks the same at run time by logging class loading.
 */
class CliLayeringTest {

    private static final List<String> FORBIDDEN = List.of("dev.unhunch.app.", "dev.unhunch.ui.", "java.awt.",
            "javax.swing.", "com.formdev.", "dorkbox.", "com.sun.jna.");

    @Test
    void cliAndIpcNeverReachTheUi() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String dir : List.of("src/main/java/dev/unhunch/cli", "src/main/java/dev/unhunch/platform/ipc")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    for (String prefix : FORBIDDEN) {
                        if (text.contains(prefix)) {
                            violations.add(file.getFileName() + " uses " + prefix);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(Path.of("src/main/java/dev/unhunch/cli/ControlClient.java")).exists();
    }
}
