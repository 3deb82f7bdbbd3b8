package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.cli.ExitCodes;
import dev.unhunch.core.breaks.PauseRequest;
import dev.unhunch.platform.AppDirectories;
import dev.unhunch.platform.ipc.IpcReply;
import dev.unhunch.platform.ipc.IpcRequest;
import dev.unhunch.platform.ipc.IpcCommands;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Durations beyond a year are usage errors, on the command line and on the wire. */
class EdgeValuesTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        AppDirectories dirs = AppDirectories.resolve("Linux", Map.of("XDG_RUNTIME_DIR", temp.resolve("run").toString()), temp);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), () -> dirs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pause 3000000h", "pause 8761h", "pause 999999999h", "snooze 3000000h", "pause PT9000H"})
    void durationsBeyondAYearAreUsageErrors(String line) {
        assertThat(run(line.split(" "))).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("longer than a year").contains("8760h").doesNotContain("overflow");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aYearIsStillAPause() {
        assertThat(new PauseRequest.For(Duration.ofHours(8760)).duration()).isEqualTo(PauseRequest.LONGEST);
        assertThatThrownBy(() -> new PauseRequest.For(Duration.ofHours(3_000_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than a year");
    }

    @Test
    void theAppRefusesATooLongPauseAsABadRequest() {
        RecordingControl control = new RecordingControl();
        IpcReply reply = new ControlDispatcher(control).handle(IpcRequest.of(IpcCommands.PAUSE,
                Map.of(IpcCommands.ARG_MODE, IpcCommands.MODE_DURATION, IpcCommands.ARG_DURATION, "3000000h"))).reply();
        assertThat(reply.ok()).isFalse();
        assertThat(reply.error()).isEqualTo(IpcReply.ERROR_BAD_REQUEST);
        assertThat(reply.message()).contains("longer than a year");
    }
}
