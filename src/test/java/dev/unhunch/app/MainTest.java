package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.cli.ControlCommands;
import dev.unhunch.cli.ExitCodes;
import dev.unhunch.cli.LaunchCommand;
import dev.unhunch.platform.AppDirectories;
import dev.unhunch.platform.ipc.IpcReply;
import dev.unhunch.platform.ipc.IpcServer;
import dev.unhunch.platform.ipc.SingleInstance;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line without a display: parsing, usage errors, exit codes, talking to a fake app. */
class MainTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        AppDirectories dirs = AppDirectories.resolve("Linux", Map.of("XDG_RUNTIME_DIR", temp.resolve("run").toString()), temp);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), () -> dirs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "--frobnicate", "snooze 10x", "snooze 0", "snooze 5m 10m", "break medium",
        "pause someday", "pause -1m", "--tray nope", "--theme", "status --verbose", "--json", "quit now"})
    void usageErrorsExitWith2(String line) {
        assertThat(run(line.split(" "))).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--help");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void durationMistakeNamesTheSyntax() {
        run("snooze", "ten");
        assertThat(err.toString()).contains("not a duration: 'ten'").contains("1h30m");
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("status", "break", "stretch", "snooze", "skip", "pause", "resume",
                "settings", "stats", "quit", "--diagnose", "--version", "Exit codes:", "not running", "no graphical display");
    }

    @Test
    void subcommandHelpHasItsExitCodes() {
        assertThat(run("pause", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("until-tomorrow", "indefinitely", "Exit codes:", "4");
    }

    @Test
    void versionPrintsNameAndVersion() {
        assertThat(run("--version")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Unhunch ").doesNotContain("unknown");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpListsStartOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--theme", "--tray", "--version");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("--frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'", "unhunch --help");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badEnumValueNamesTheChoices() {
        assertThat(run("--theme", "purple")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("purple", "LIGHT", "DARK");
    }

    @Test
    void commandsWithoutARunningAppExitWith4() {
        assertThat(run("status")).isEqualTo(ExitCodes.NOT_RUNNING);
        assertThat(err.toString()).contains("not running");
        assertThat(run("quit", "--json")).isEqualTo(ExitCodes.NOT_RUNNING);
        assertThat(out.toString().strip()).isEqualTo(
                "{\"v\":1,\"ok\":false,\"error\":\"not-running\",\"message\":\"Unhunch is not running.\",\"data\":{}}");
    }

    @Test
    void diagnoseWithoutARunningAppPrintsLocalFacts() {
        assertThat(run("--diagnose")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("running:", "false", "os:", "sessionType:", "idleSource:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "snooze 90s|{\"v\":1,\"cmd\":\"snooze\",\"args\":{\"duration\":\"1m30s\"}}",
        "snooze 1h30m|{\"v\":1,\"cmd\":\"snooze\",\"args\":{\"duration\":\"1h30m\"}}",
        "snooze|{\"v\":1,\"cmd\":\"snooze\"}",
        "break LONG|{\"v\":1,\"cmd\":\"break\",\"args\":{\"kind\":\"long\"}}",
        "pause|{\"v\":1,\"cmd\":\"pause\",\"args\":{\"mode\":\"indefinitely\"}}",
        "pause 10m|{\"v\":1,\"cmd\":\"pause\",\"args\":{\"mode\":\"duration\",\"duration\":\"10m\"}}",
        "pause until-tomorrow|{\"v\":1,\"cmd\":\"pause\",\"args\":{\"mode\":\"until-tomorrow\"}}",
        "status --json|{\"v\":1,\"cmd\":\"status\"}"})
    void commandLinesBecomeRequests(String line, String expected) {
        CommandLine commandLine = LaunchCommand.commandLine(new LaunchCommand());
        CommandLine.ParseResult parsed = commandLine.parseArgs(line.split(" "));
        ControlCommands.ControlCommand command =
                (ControlCommands.ControlCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(dev.unhunch.platform.ipc.IpcCodec.encode(command.request())).isEqualTo(expected);
    }

    @Test
    void exitCodeFollowsTheReply() {
        assertThat(ExitCodes.of(IpcReply.success("ok", Map.of()))).isEqualTo(0);
        assertThat(ExitCodes.of(IpcReply.failure(IpcReply.ERROR_REFUSED, "no"))).isEqualTo(1);
        assertThat(ExitCodes.of(IpcReply.failure(IpcReply.ERROR_TIMEOUT, "slow"))).isEqualTo(1);
        assertThat(ExitCodes.of(IpcReply.failure(IpcReply.ERROR_BAD_REQUEST, "bad"))).isEqualTo(1);
        assertThat(ExitCodes.of(IpcReply.failure(IpcReply.ERROR_NOT_RUNNING, "gone"))).isEqualTo(4);
    }

    @Test
    void talksToARunningAppAndMapsRefusalTo1() throws Exception {
        RecordingControl control = new RecordingControl();
        SingleInstance instance = SingleInstance.tryAcquire(temp.resolve("run/unhunch")).orElseThrow();
        try {
            instance.serve(new ControlDispatcher(control), IpcServer.DEFAULT_READ_TIMEOUT);
            assertThat(run("snooze", "10m")).isEqualTo(ExitCodes.OK);
            assertThat(out.toString()).contains("done", "answer:");

            control.answer = ControlResult.refused("the snooze limit of 3 is reached");
            assertThat(run("snooze")).isEqualTo(ExitCodes.REFUSED);
            assertThat(err.toString()).contains("snooze refused: the snooze limit of 3 is reached");

            assertThat(run("--diagnose")).isEqualTo(ExitCodes.REFUSED);
            assertThat(control.calls).containsExactly("snooze PT10M", "snooze default", "diagnose");
        } finally {
            instance.close();
        }
    }
}
