package dev.unhunch.core.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole day, and the same day at other tick rates. */
class WorkdayTest {

    @Test
    void wholeWorkdayProducesExactlyTheseEvents() {
        Timeline tl = Workday.run(new Timeline(Workday.SETTINGS));
        assertThat(String.join("\n", tl.events)).isEqualTo("""
                0:19:45 OFFERED micro
                0:20:00 STARTED micro due
                0:20:30 COMPLETED micro
                0:39:05 NATURAL micro idle
                1:00:20 OFFERED micro
                1:00:35 STARTED micro due
                1:01:05 SNOOZED micro
                1:01:05 snooze ok
                1:02:20 OFFERED long
                1:02:35 STARTED long due
                1:08:05 COMPLETED long
                1:28:00 OFFERED micro
                1:28:15 STARTED micro due
                1:28:53 SKIPPED micro
                1:28:53 skip ok
                1:48:38 OFFERED micro
                1:48:53 STARTED micro due
                1:54:23 COMPLETED micro
                1:58:53 NATURAL long idle
                2:48:53 PAUSED
                2:48:53 pause 1h ok
                3:48:53 RESUMED pause over
                3:53:53 STARTED micro on-demand
                3:53:53 chair stretch ok
                3:54:23 COMPLETED micro
                4:14:23 OFFERED micro
                4:14:38 STARTED micro due
                4:15:08 COMPLETED micro
                4:35:08 OFFERED micro
                4:35:23 STARTED micro due
                4:35:53 COMPLETED micro
                4:40:53 OFFERED long
                4:41:08 STARTED long due
                5:01:08 COMPLETED long
                5:21:08 OFFERED micro
                5:21:23 STARTED micro due
                5:21:53 COMPLETED micro
                5:41:53 OFFERED micro
                5:42:08 STARTED micro due
                5:42:38 COMPLETED micro
                6:01:45 DAILY_LIMIT
                6:02:38 OFFERED long
                6:02:53 STARTED long due
                6:07:53 COMPLETED long
                6:27:53 OFFERED micro
                6:28:08 STARTED micro due
                6:28:38 COMPLETED micro""");
        assertThat(tl.ui).contains(
                "1:00:36 activity during micro break, 0:30 left",
                "1:01:05 hide",
                "3:53:53 break micro 30s",
                "6:01:45 daily limit 4h of 4h");
        assertThat(tl.engine.snapshot().activeToday()).isEqualTo(tl.trueActive().minusHours(1).plusSeconds(8)); // minus the paused hour, plus the 8 s pause
    }

    @Test
    void tenSecondTicksGiveTheSameEventsWithinOneTick() {
        Timeline fine = Workday.run(new Timeline(Workday.SETTINGS, Duration.ofSeconds(1)));
        Timeline coarse = Workday.run(new Timeline(Workday.SETTINGS, Duration.ofSeconds(10)));
        assertSameWithin(coarse.events, fine.events, Duration.ofSeconds(10));
    }

    @Test
    void ticksAtTheSuggestedPeriodGiveTheSameEvents() {
        Timeline fine = Workday.run(new Timeline(Workday.SETTINGS, Duration.ofSeconds(1)));
        Timeline adaptive = Workday.run(new Timeline(Workday.SETTINGS, Duration.ofSeconds(1)).adaptive());
        assertSameWithin(adaptive.events, fine.events, Duration.ofSeconds(10));
        assertThat(adaptive.ticks()).isLessThan(fine.ticks() / 4);
    }

    /**
     * Same events (type, kind, command answers) in the same order; each gap between consecutive
     * events within one tick of the reference, and each event within three ticks in absolute
     * time. (The start of renewed input is only known to the tick that sees it, so a budget that
     * spans several episodes of activity, like the long break's, may drift by a tick per episode;
     * the daily total spans them all and is checked in absolute time only.)
     */
    static void assertSameWithin(List<String> actual, List<String> expected, Duration tick) {
        assertThat(actual.stream().map(WorkdayTest::what).toList())
                .isEqualTo(expected.stream().map(WorkdayTest::what).toList());
        for (int i = 0; i < expected.size(); i++) {
            long drift = Math.abs(seconds(actual.get(i)) - seconds(expected.get(i)));
            assertThat(drift).as("%s vs %s", actual.get(i), expected.get(i)).isLessThanOrEqualTo(3 * tick.toSeconds());
            if (i > 0 && !expected.get(i).contains("DAILY") && !expected.get(i - 1).contains("DAILY")) {
                long gapActual = seconds(actual.get(i)) - seconds(actual.get(i - 1));
                long gapExpected = seconds(expected.get(i)) - seconds(expected.get(i - 1));
                assertThat(Math.abs(gapActual - gapExpected)).as("gap before %s vs %s", actual.get(i), expected.get(i))
                        .isLessThanOrEqualTo(tick.toSeconds());
            }
        }
    }

    private static String what(String line) {
        String[] parts = line.split(" ");
        return parts[1] + (parts.length > 2 ? " " + parts[2] : "");
    }

    private static long seconds(String line) {
        String[] hms = line.substring(0, line.indexOf(' ')).split(":");
        return Long.parseLong(hms[0]) * 3600 + Long.parseLong(hms[1]) * 60 + Long.parseLong(hms[2]);
    }
}
