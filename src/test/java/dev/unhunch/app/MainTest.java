package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void versionPrintsNameAndVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Unhunch ").doesNotContain("unknown");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpListsOptionsAndExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--theme", "--tray", "--version", "Exit codes", "no graphical display");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("--frobnicate")).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'", "unhunch --help");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badEnumValueNamesTheChoices() {
        assertThat(run("--theme", "purple")).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("purple", "LIGHT", "DARK");
    }
}
