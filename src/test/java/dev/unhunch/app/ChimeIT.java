package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.PulseServer;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.RequiresPulseAudio;
import dev.unhunch.testsupport.SoundSegments;
import dev.unhunch.testsupport.SoundSegments.Segment;
import dev.unhunch.testsupport.Waits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app on a private PulseAudio daemon with a null sink, its output heard back from the
 * sink's monitor: a five-second micro break taken with {@code unhunch break micro} chimes when it
 * starts (rising) and when it is over (falling) with {@code sounds = true}, makes no sound at all
 * with {@code sounds = false}, and goes on silently when there is no sound server.
 */
@RequiresDisplay
@RequiresPulseAudio
class ChimeIT {

    private static final int RATE = PulseServer.RATE;
    private static final int CHIME_GAP = RATE / 5;

    @TempDir
    Path home;

    @Test
    void aBreakChimesWhenItStartsAndWhenItIsOver() throws Exception {
        writeSettings("sounds = true");
        try (PulseServer pulse = PulseServer.start(home.resolve("pulse"));
                PulseServer.Recording recording = pulse.record();
                AppProcesses apps = new AppProcesses(home)) {
            apps.putEnvironment(pulse.clientEnvironment());
            apps.awaitReady(apps.startApp());
            int from = recording.position();

            long asked = System.nanoTime();
            AppProcesses.Result taken = apps.cli("break", "micro");
            assertThat(taken.exit()).as(taken.toString()).isZero();
            Waits.until("two whole chimes", 30_000, () -> wholeChimes(recording, from).size() >= 2);

            short[] heard = recording.samplesFrom(from);
            List<Segment> chimes = wholeChimes(recording, from);
            assertThat(chimes).as(apps.logs()).hasSize(2);
            Segment start = chimes.get(0);
            Segment end = chimes.get(1);
            assertThat(SoundSegments.startsLow(heard, start, 659.26, 880.0, RATE)).as("the start chime rises").isTrue();
            assertThat(SoundSegments.startsLow(heard, end, 659.26, 880.0, RATE)).as("the end chime falls").isFalse();
            double apart = (end.start() - start.start()) / (double) RATE;
            // the first chime of a JVM loads Java Sound and may come late on a busy machine (0.6 s seen)
            assertThat(apart).as("seconds between the chimes of a 5 s break").isBetween(3.5, 7.0);
            long offset = wallMinusMonotonic();
            double afterCommand = (recording.nanoTimeOf(from + start.start()) - asked) / 1e6;
            double startLatency = millisBetween(event(apps, "STARTED"), recording.nanoTimeOf(from + start.start()) + offset);
            double endLatency = millisBetween(event(apps, "COMPLETED"), recording.nanoTimeOf(from + end.start()) + offset);
            System.out.printf("Chimes of a 5 s micro break: the first %.0f ms after 'unhunch break micro' was run and"
                    + " %.0f ms after the engine's STARTED event, the second %.0f ms after COMPLETED (%.2f s later);"
                    + " %.3f s and %.3f s long, peaks %.1f and %.1f dBFS%n", afterCommand, startLatency, endLatency,
                    apart, start.seconds(RATE), end.seconds(RATE), start.peakDbfs(), end.peakDbfs());
            assertThat(startLatency).as("ms from the engine's event to the chime").isLessThan(2000);
            assertThat(endLatency).as("ms from the engine's event to the chime").isLessThan(2000);
        }
    }

    @Test
    void soundsOffMakesNoSound() throws Exception {
        writeSettings("sounds = false");
        try (PulseServer pulse = PulseServer.start(home.resolve("pulse"));
                PulseServer.Recording recording = pulse.record();
                AppProcesses apps = new AppProcesses(home)) {
            apps.putEnvironment(pulse.clientEnvironment());
            apps.awaitReady(apps.startApp());
            int from = recording.position();

            takeAFiveSecondBreak(apps);
            Thread.sleep(1500); // a chime would have been heard by now

            assertThat(SoundSegments.find(recording.samplesFrom(from), CHIME_GAP)).as("sounds heard").isEmpty();
            assertThat(recording.position() - from).as("the monitor was recorded all along").isGreaterThan(RATE * 5);
        }
    }

    @Test
    void withoutASoundServerTheBreakGoesOnAndTheLogSaysSoOnce() throws Exception {
        writeSettings("sounds = true");
        try (AppProcesses apps = new AppProcesses(home)) {
            apps.putEnvironment(Map.of("PULSE_SERVER", "unix:" + home.resolve("no-sound-server")));
            Process app = apps.startApp();
            apps.awaitReady(app);

            takeAFiveSecondBreak(apps);

            assertThat(app.isAlive()).isTrue();
            String log = Files.readString(home.resolve("state/unhunch/unhunch0.log"), StandardCharsets.UTF_8);
            assertThat(log.lines().filter(line -> line.contains("Sound: no audio output")).count())
                    .as(log).isEqualTo(1);
            assertThat(log).doesNotContain("Sound: the chime failed");
        }
    }

    /** When the app's engine emitted the first event of this type, from its log (wall clock). */
    private Instant event(AppProcesses apps, String type) throws IOException {
        String log = Files.readString(home.resolve("state/unhunch/unhunch0.log"), StandardCharsets.UTF_8);
        Matcher event = Pattern.compile("type=" + type + ", at=([^,]+),").matcher(log);
        assertThat(event.find()).as(apps.logs()).isTrue();
        return Instant.parse(event.group(1));
    }

    private static double millisBetween(Instant event, long wallNanos) {
        return (wallNanos - event.getEpochSecond() * 1_000_000_000L - event.getNano()) / 1e6;
    }

    /** Nanoseconds from the monotonic clock to the wall clock, which tell the log's times (µs apart). */
    private static long wallMinusMonotonic() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano() - System.nanoTime();
    }

    /** Runs {@code unhunch break micro} and waits until the 5 s break is over. */
    private static void takeAFiveSecondBreak(AppProcesses apps) throws IOException, InterruptedException {
        AppProcesses.Result taken = apps.cli("break", "micro");
        assertThat(taken.exit()).as(taken.toString()).isZero();
        assertThat(taken.out()).contains("Micro break started");
        Waits.until("the break to be over", 30_000, () -> {
            try {
                return apps.cli("status", "--json").out().contains("\"stage\":\"counting\"");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void writeSettings(String sounds) throws IOException {
        Path config = Files.createDirectories(home.resolve("config/unhunch"));
        Files.writeString(config.resolve("settings.properties"), String.join("\n",
                "micro.length = 5s", "long.enabled = false", sounds, ""), StandardCharsets.UTF_8);
    }

    /** The chimes heard since {@code from} that have ended (a pause follows them). */
    private static List<Segment> wholeChimes(PulseServer.Recording recording, int from) {
        short[] heard = recording.samplesFrom(from);
        List<Segment> whole = new ArrayList<>();
        for (Segment segment : SoundSegments.find(heard, CHIME_GAP)) {
            if (segment.end() + CHIME_GAP < heard.length) {
                whole.add(segment);
            }
        }
        return whole;
    }
}
