package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.platform.ipc.IpcClient;
import dev.unhunch.platform.ipc.IpcCommands;
import dev.unhunch.platform.ipc.IpcReply;
import dev.unhunch.platform.ipc.IpcRequest;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Tools;
import dev.unhunch.testsupport.TrayHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The break keeps time, seen from outside: the packaged app with its real tray in trayer on the
 * test display, driven by the CLI and xdotool, with {@code micro.length = 20s}. Every second the
 * break window's shown time and step (read through {@code status --json}, which reports both the
 * engine's clock and what the window shows) must match the engine's time within a second, and the
 * history must say how each break ended: an on-demand stretch left with Esc is ended early, a
 * scheduled micro break rested through is completed, one typed through is worked through.
 */
@RequiresDisplay
class BreakClockIT {

    private static final Pattern SECONDS_LEFT = Pattern.compile("(?:(\\d+) s|(\\d+):(\\d\\d)) left");
    private static final Pattern HOLD = Pattern.compile("(\\d+ s|\\d+:\\d\\d)$");

    @TempDir
    Path home;

    private AppProcesses apps;
    private TrayHost trayHost;
    private IpcClient client;

    @BeforeEach
    void setUp() throws Exception {
        trayHost = TrayHost.start();
        apps = new AppProcesses(home);
        Path config = home.resolve("config/unhunch");
        Files.createDirectories(config);
        Files.writeString(config.resolve("settings.properties"), String.join("\n",
                "micro.length = 20s",
                "long.enabled = false",
                ""), StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() throws Exception {
        apps.close();
        trayHost.close();
    }

    @Test
    void theWindowShowsTheEnginesTimeEverySecondAndTheHistoryTellsHowEachBreakEnded() throws Exception {
        long started = System.nanoTime();
        Process app = apps.startTrayApp(List.of());
        apps.awaitReady(app);
        client = new IpcClient(apps.socket(), Duration.ofSeconds(5));

        // 1. the quick chair stretch: it runs its routine's length; Esc leaves it at no cost
        assertThat(apps.cli("stretch").exit()).isZero();
        List<Sample> stretch = watch(6);
        assertThat(stretch.get(0).lengthMillis).as("the routine's own length, not micro.length")
                .isNotEqualTo(20_000);
        assertAdvancesEverySecond(stretch);
        long microBefore = number(status(), "microBreakInSeconds");
        focusBreakWindow();
        Tools.run("xdotool", "key", "Escape");
        awaitStage("counting");
        assertThat(number(status(), "microBreakInSeconds")).as("the next break is not pushed")
                .isBetween(microBefore - 2, microBefore + 1);

        // 2. a micro break rested through to its end: completed, then only Close remains
        assertThat(apps.cli("break", "micro").exit()).isZero();
        List<Sample> rested = watch(19);
        assertThat(rested.get(0).lengthMillis).isEqualTo(20_000);
        assertAdvancesEverySecond(rested);
        awaitStage("counting");
        // the window hears of the end on the event thread, a moment after the engine
        Map<String, Object> over = window(status());
        for (int i = 0; i < 50 && over != null && !"All done".equals(over.get("title")); i++) {
            Thread.sleep(100);
            over = window(status());
        }
        assertThat(over).as("the window stays to say the break is over").isNotNull();
        assertThat(over.get("title")).isEqualTo("All done");
        assertThat(over.get("buttons")).isEqualTo(List.of("break.close"));
        focusBreakWindow();
        Tools.run("xdotool", "key", "Escape");

        // 3. a micro break typed through: it holds, says so, and is recorded as worked through
        assertThat(apps.cli("break", "micro").exit()).isZero();
        boolean saidPaused = false;
        long heldLeft = -1;
        for (int i = 0; i < 50 && "break".equals(status().get("stage")); i++) {
            Tools.run("xdotool", "key", "shift");
            Thread.sleep(500);
            Map<String, Object> s = status();
            Map<String, Object> w = window(s);
            if (w != null && clock(s) != null && String.valueOf(w.get("status")).startsWith("Paused while you type")) {
                saidPaused = true;
                long left = number(clock(s), "leftMillis");
                assertThat(heldLeft < 0 || left == heldLeft).as("the time left holds while typing").isTrue();
                heldLeft = left;
            }
        }
        assertThat(saidPaused).as("the window said the break waits").isTrue();
        awaitStage("counting");

        assertThat(outcomes()).containsSubsequence("micro started", "micro ended_early",
                "micro started", "micro completed", "micro started", "micro worked_through");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("BreakClockIT took " + took.toMillis() + " ms; stretch samples " + stretch
                + "; rested samples " + rested);
    }

    /**
     * Whole scheduled breaks at the lengths people use, each watched from its first second to its
     * last: the window's time is the engine's every second, and every stretch done one side at a
     * time shows both sides before the break ends.
     */
    @Test
    void wholeBreaksOfEachLengthKeepTimeAndShowBothSides() throws Exception {
        Path settings = home.resolve("config/unhunch/settings.properties");
        record Case(String kind, String settings, int seconds) {
        }
        List<Case> cases = List.of(
                new Case("micro", "micro.length = 30s\nlong.enabled = false\n", 30),
                new Case("micro", "micro.length = 60s\nlong.enabled = false\n", 60),
                new Case("micro", "micro.length = 2m\nlong.enabled = false\n", 120),
                new Case("long", "long.length = 3m\nlong.enabled = true\n", 180));
        for (Case c : cases) {
            Files.writeString(settings, c.settings(), StandardCharsets.UTF_8);
            Process app = apps.startTrayApp(List.of());
            apps.awaitReady(app);
            client = new IpcClient(apps.socket(), Duration.ofSeconds(5));
            assertThat(apps.cli("break", c.kind()).exit()).isZero();
            List<Sample> samples = watch(c.seconds() - 2);
            assertThat(samples.get(0).lengthMillis).as(c.toString()).isEqualTo(c.seconds() * 1000L);
            assertAdvancesEverySecond(samples);
            awaitStage("counting");
            Map<String, List<String>> sides = new java.util.LinkedHashMap<>();
            for (Sample sample : samples) {
                if (!sample.side.isEmpty()) {
                    sides.computeIfAbsent(sample.title, t -> new ArrayList<>()).add(sample.side);
                }
            }
            sides.forEach((stretch, seen) -> assertThat(seen).as(c + ": " + stretch + " done on both sides")
                    .contains("Left side, then right", "Right side"));
            assertThat(apps.cli("quit").exit()).isZero();
            assertThat(app.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).as("quit " + c).isTrue();
        }
        assertThat(outcomes()).containsSubsequence("micro started", "micro completed", "micro started",
                "micro completed", "micro started", "micro completed", "long started", "long completed");
    }

    /** One reading of the engine's clock and the window. */
    record Sample(long engineElapsedMillis, long lengthMillis, long leftMillis, long shownElapsedMillis,
            int shownLeftSeconds, String title, String step, String side, String action) {
        @Override
        public String toString() {
            return String.format("[engine %d/%d ms, shown %d ms '%d s left' %s]", engineElapsedMillis,
                    lengthMillis, shownElapsedMillis, shownLeftSeconds, action);
        }
    }

    /** Reads the break every second for {@code seconds}, checking each reading on the way. */
    private List<Sample> watch(int seconds) throws Exception {
        awaitWindow();
        List<Sample> samples = new ArrayList<>();
        Map<String, Object> skipped = null;
        long next = System.nanoTime();
        for (int i = 0; i < seconds; i++) {
            Map<String, Object> s = status();
            if (!"break".equals(s.get("stage")) || window(s) == null) {
                skipped = s;
                next += 1_000_000_000L;
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                continue;
            }
            Map<String, Object> clock = clock(s);
            Map<String, Object> w = window(s);
            Matcher left = SECONDS_LEFT.matcher(String.valueOf(w.get("left")));
            assertThat(left.matches()).as("time left shown: " + w).isTrue();
            Sample sample = new Sample(number(clock, "elapsedMillis"), number(clock, "lengthMillis"),
                    number(clock, "leftMillis"), number(w, "elapsedMillis"), seconds(left),
                    String.valueOf(w.get("title")), String.valueOf(w.get("step")), String.valueOf(w.get("side")),
                    String.valueOf(w.get("action")));
            assertThat(Math.abs(sample.shownElapsedMillis - sample.engineElapsedMillis))
                    .as("shown vs engine time " + sample).isLessThanOrEqualTo(1000);
            // "16 s left" stands for 15 to 16 s; the engine's time must be within a second of that
            assertThat(sample.leftMillis).as("time left shown vs engine " + sample)
                    .isBetween((sample.shownLeftSeconds - 2) * 1000L, (sample.shownLeftSeconds + 1) * 1000L);
            assertThat(sample.shownLeftSeconds).as("the text is the shown time, rounded up " + sample)
                    .isEqualTo((int) ((sample.lengthMillis - sample.shownElapsedMillis + 999) / 1000));
            assertThat(HOLD.matcher(sample.action).find() || sample.action.isEmpty())
                    .as("a step countdown " + sample).isTrue();
            samples.add(sample);
            next += 1_000_000_000L;
            Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
        }
        assertThat(samples).as("readings of a running break; one without: " + skipped)
                .hasSizeGreaterThanOrEqualTo(seconds - 2);
        return samples;
    }

    /** The shown time left goes down by about a second every second, and the step moves on. */
    private static void assertAdvancesEverySecond(List<Sample> samples) {
        for (int i = 1; i < samples.size(); i++) {
            int step = samples.get(i - 1).shownLeftSeconds - samples.get(i).shownLeftSeconds;
            assertThat(step).as("between " + samples.get(i - 1) + " and " + samples.get(i)).isBetween(0, 2);
        }
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        assertThat(first.shownLeftSeconds - last.shownLeftSeconds).isGreaterThanOrEqualTo(samples.size() - 2);
        for (int i = 1; i < samples.size(); i++) {
            Sample before = samples.get(i - 1);
            Sample now = samples.get(i);
            // once the stretches are done the break's last seconds show "Well done" with no step
            // countdown; only the time left moves then (checked above)
            if (now.shownElapsedMillis / 1000 > before.shownElapsedMillis / 1000 && !now.action.isEmpty()) {
                assertThat(now.step + " | " + now.action).as("the step or its countdown moved on from " + before)
                        .isNotEqualTo(before.step + " | " + before.action);
            }
        }
    }

    private static int seconds(Matcher left) {
        return left.group(1) != null ? Integer.parseInt(left.group(1))
                : Integer.parseInt(left.group(2)) * 60 + Integer.parseInt(left.group(3));
    }

    /**
     * Waits until the break window shows and has counted its first second (the first window
     * loads the look and the catalog, which on a busy machine holds the event thread a moment).
     */
    private void awaitWindow() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> w = window(status());
            if (w != null && number(w, "elapsedMillis") >= 1000) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no break window; status " + status() + "\n" + apps.logs());
    }

    /** Clicks into the break window's heading (no button there), as a user would before a key. */
    private void focusBreakWindow() throws InterruptedException {
        String id = Tools.run("xdotool", "search", "--name", "^Unhunch break$").strip().split("\\s+")[0];
        String geometry = Tools.run("xdotool", "getwindowgeometry", id);
        Matcher at = Pattern.compile("Position: (\\d+),(\\d+)").matcher(geometry);
        assertThat(at.find()).as(geometry).isTrue();
        int x = Integer.parseInt(at.group(1)) + 40;
        int y = Integer.parseInt(at.group(2)) + 24;
        Tools.run("xdotool", "mousemove", Integer.toString(x), Integer.toString(y), "click", "1");
        Thread.sleep(300);
    }

    private void awaitStage(String stage) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (stage.equals(status().get("stage"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("stage " + stage + " not reached; status " + status() + "\n" + apps.logs());
    }

    private Map<String, Object> status() throws Exception {
        IpcReply reply = client.send(IpcRequest.of(IpcCommands.STATUS));
        assertThat(reply.ok()).as(reply.message()).isTrue();
        return reply.data();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> clock(Map<String, Object> status) {
        return (Map<String, Object>) status.get("break");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> window(Map<String, Object> status) {
        return (Map<String, Object>) status.get("breakWindow");
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    /** "kind outcome" of each history record, in order. */
    private List<String> outcomes() throws Exception {
        List<String> out = new ArrayList<>();
        Path dir = home.resolve("state/unhunch");
        Pattern record = Pattern.compile("\"kind\":\"(\\w+)\",\"outcome\":\"(\\w+)\"");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("history-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    Matcher m = record.matcher(line);
                    if (m.find()) {
                        out.add(m.group(1) + " " + m.group(2));
                    }
                }
            }
        }
        return out;
    }
}
