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
                1:00:50 SNOOZED micro
                1:00:50 snooze ok
                1:02:20 OFFERED long
                1:02:35 STARTED long due
                1:07:52 COMPLETED long
                1:27:45 OFFERED micro
                1:28:00 STARTED micro due
                1:28:23 SKIPPED micro
                1:28:23 skip ok
                1:48:08 OFFERED micro
                1:48:23 STARTED micro due
                1:48:53 WORKED_THROUGH micro
                1:53:53 NATURAL micro idle
                1:58:23 NATURAL long idle
                2:48:23 PAUSED
                2:48:23 pause 1h ok
                3:48:23 RESUMED pause over
                3:53:23 STARTED micro on-demand
                3:53:23 chair stretch ok
                3:53:53 COMPLETED micro
                4:13:53 OFFERED micro
                4:14:00 STARTED micro early
                4:14:30 COMPLETED micro
                4:34:33 OFFERED micro
                4:34:40 STARTED micro early
                4:35:10 COMPLETED micro
                4:40:33 OFFERED long
                4:40:40 STARTED long early
                4:45:40 COMPLETED long
                5:05:53 OFFERED micro
                5:06:00 STARTED micro early
                5:06:30 COMPLETED micro
                5:26:33 OFFERED micro
                5:26:40 STARTED micro early
                5:27:10 COMPLETED micro
                5:47:13 OFFERED micro
                5:47:20 STARTED micro early
                5:47:50 COMPLETED micro
                5:48:23 OFFERED long
                5:48:30 STARTED long early
                5:53:30 COMPLETED long
                6:08:40 DAILY_LIMIT
                6:13:43 OFFERED micro
                6:13:50 STARTED micro early
                6:14:20 COMPLETED micro
                6:34:23 OFFERED micro
                6:34:30 STARTED micro early
                6:35:00 COMPLETED micro""");
        assertThat(tl.ui).contains(
                "1:00:36 activity during micro break, 0:30 left",
                "1:00:50 hide",
                "3:53:23 break micro 30s",
                "6:08:40 daily limit 4h of 4h");
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
