package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command path needs no display and never loads the GUI toolkit, FlatLaf, the tray or JNA:
 * each command runs as a process without DISPLAY and with class-load logging.
 */
class ClientPathIT {

    private static final Pattern GUI_CLASS = Pattern.compile(
            "class,load\\]\\s+(java\\.awt\\.|javax\\.swing\\.|sun\\.awt\\.|com\\.formdev\\.|dorkbox\\.|com\\.sun\\.jna\\.)");

    @TempDir
    Path home;

    private AppProcesses apps;

    @BeforeEach
    void setUp() throws Exception {
        apps = new AppProcesses(home);
    }

    @AfterEach
    void tearDown() throws Exception {
        apps.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "status|4", "status --json|4", "snooze 10m|4", "pause until-tomorrow|4", "quit|4",
        "--diagnose|0", "--help|0", "--version|0", "snooze 10x|2"})
    void commandsRunWithoutDisplayOrGuiClasses(String line, int expectedExit) throws Exception {
        AppProcesses.Result result = apps.runWithoutDisplay(List.of("-Xlog:class+load=info:stderr"), line.split(" "));
        assertThat(result.exit()).as(line + ": " + result.err().lines().filter(l -> !l.contains("class,load")).toList())
                .isEqualTo(expectedExit);
        List<String> gui = result.err().lines().filter(l -> GUI_CLASS.matcher(l).find()).toList();
        assertThat(gui).as("GUI classes loaded by 'unhunch " + line + "'").isEmpty();
        assertThat(result.err()).as("class logging is on").contains("class,load");
    }
}
