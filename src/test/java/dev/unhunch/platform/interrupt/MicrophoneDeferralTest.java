package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.Interruption;
import dev.unhunch.platform.idle.Environment;
import dev.unhunch.testsupport.Processes;
import dev.unhunch.testsupport.PulseServer;
import dev.unhunch.testsupport.RequiresPulseAudio;
import dev.unhunch.testsupport.Waits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real PulseAudio with a null sink and a null source (a silent microphone): {@code parecord}
 * from the microphone defers the due break with the reason "microphone"; once it stops, the
 * break is offered "after your call". Recording what the sink plays (its monitor) is no call.
 */
@RequiresPulseAudio
class MicrophoneDeferralTest {

    @TempDir
    Path dir;
    private PulseServer pulse;
    private InterruptionChecks checks;

    @BeforeEach
    void startPulse() throws Exception {
        pulse = PulseServer.start(dir.resolve("pulse"));
        pulse.addNullSource("mic");
        checks = InterruptionChecks.forDesktop(Environment.of("Linux", Map.of()), pulse.clientEnvironment(),
                CameraCheck.DEVICES);
    }

    @AfterEach
    void stopPulse() {
        pulse.close();
    }

    private Process record(String device) throws Exception {
        return pulse.client(List.of("parecord", "--device=" + device, dir.resolve(device + ".wav").toString()));
    }

    private boolean microphoneInUse() {
        return checks.ask(Set.of(Interruption.MICROPHONE)) == Interruption.MICROPHONE;
    }

    @Test
    void aRecordingDefersTheDueBreakWhichIsOfferedAfterTheCall() throws Exception {
        assertThat(microphoneInUse()).isFalse();
        Process call = record("mic");
        try {
            Waits.until("parecord's stream on the server", 10_000, this::microphoneInUse);
            EngineDriver driver = new EngineDriver(EngineDriver.onlyCheck(Interruption.MICROPHONE), checks);
            driver.active(Duration.ofSeconds(50)); // due at 0:45 (a 1 min interval less the 15 s notice)
            assertThat(driver.events).containsExactly("DEFERRED microphone");
            assertThat(driver.engine.snapshot().deferred().reason()).isEqualTo(Interruption.MICROPHONE);
            driver.active(Duration.ofMinutes(3)); // asked again each minute: still in the call
            assertThat(driver.notices).isEmpty();
            assertThat(driver.stage()).isEqualTo(BreakStage.COUNTING);

            Processes.stop(call); // hung up
            Waits.until("the stream gone", 10_000, () -> !microphoneInUse());
            driver.active(Duration.ofMinutes(2).plusSeconds(30)); // the next question, then the grace
            assertThat(driver.events).startsWith("DEFERRED microphone", "OFFERED after microphone");
            assertThat(driver.notices).hasSize(1);
            assertThat(driver.notices.get(0).after()).isEqualTo(Interruption.MICROPHONE);
            assertThat(driver.notices.get(0).gentle()).isFalse();
        } finally {
            Processes.stop(call);
        }
    }

    @Test
    void recordingTheSpeakersMonitorIsNoCall() throws Exception {
        Process screenRecorder = record("unhunch_test.monitor");
        try {
            Waits.until("the monitor stream", 10_000, () -> streams() > 0);
            assertThat(microphoneInUse()).isFalse();
        } finally {
            Processes.stop(screenRecorder);
        }
    }

    private int streams() {
        try {
            String json = new BoundedCommand(pulse.clientEnvironment(), BoundedCommand.TIMEOUT)
                    .run(List.of("pactl", "-f", "json", "list", "source-outputs"));
            return json.split("\"index\"").length - 1;
        } catch (InterruptionCheck.CheckFailedException e) {
            return 0;
        }
    }
}
