package dev.unhunch.platform.sound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.PulseServer;
import dev.unhunch.testsupport.RequiresPulseAudio;
import dev.unhunch.testsupport.SoundSegments;
import dev.unhunch.testsupport.SoundSegments.Segment;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real player in a process of its own, through Java Sound, ALSA's default device and the
 * ALSA pulse plugin into a private PulseAudio daemon, heard back from the null sink's monitor:
 * both chimes arrive, at the level and length synthesized, rising then falling. Prints what it
 * measured (latency from the call to the first sound, length, peak, threads, CPU).
 */
@RequiresPulseAudio
class ChimePlayerIT {

    private static final int RATE = PulseServer.RATE;

    @TempDir
    Path temp;

    @Test
    void bothChimesAreHeardRisingThenFalling() throws Exception {
        try (PulseServer pulse = PulseServer.start(temp.resolve("pulse"));
                PulseServer.Recording recording = pulse.record()) {
            String classPath = System.getProperty("unhunch.jar") + File.pathSeparator
                    + Path.of(ChimeProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath, ChimeProbe.class.getName());
            builder.environment().putAll(pulse.clientEnvironment());
            Process probe = builder.redirectErrorStream(true).start();
            String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(probe.exitValue()).as(out).isZero();
            Thread.sleep(300); // the last samples on their way through parec

            short[] heard = recording.samplesFrom(0);
            List<Segment> chimes = SoundSegments.find(heard, RATE / 5);
            assertThat(chimes).as("sounds heard; probe said:\n" + out).hasSize(2);
            List<Long> calls = out.lines().filter(l -> l.startsWith("called ")).map(l -> Long.parseLong(l.split(" ")[2])).toList();
            List<String> figures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Segment chime = chimes.get(i);
                double latencyMs = (recording.nanoTimeOf(chime.start()) - calls.get(i)) / 1e6;
                figures.add(String.format("%s: %.0f ms from play() to the first sound, %.3f s long, peak %.1f dBFS",
                        Chime.values()[i], latencyMs, chime.seconds(RATE), chime.peakDbfs()));
                assertThat(chime.seconds(RATE)).isBetween(0.4, 0.8);
                assertThat(chime.peakDbfs()).isBetween(-17.0, -11.0);
                assertThat(latencyMs).as("latency of chime %d", i).isBetween(0.0, 1000.0);
            }
            assertThat(SoundSegments.startsLow(heard, chimes.get(0), 659.26, 880.0, RATE)).as("the start chime rises").isTrue();
            assertThat(SoundSegments.startsLow(heard, chimes.get(1), 659.26, 880.0, RATE)).as("the end chime falls").isFalse();
            Files.writeString(temp.resolve("figures.txt"), String.join("\n", figures));
            System.out.println("Chime through PulseAudio:\n  " + String.join("\n  ", figures) + "\n  probe: "
                    + out.lines().filter(l -> !l.startsWith("called ")).toList());
        }
    }
}
