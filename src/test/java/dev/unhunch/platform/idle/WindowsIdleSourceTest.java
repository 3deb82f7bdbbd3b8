package dev.unhunch.platform.idle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tick arithmetic of {@link WindowsIdleSource}; the user32/kernel32 calls need Windows. */
class WindowsIdleSourceTest {

    private static final long WRAP = 1L << 32;

    @Test
    void plainDifferenceWithoutWrap() {
        assertThat(WindowsIdleSource.idleMillis(10_000, 7_500)).isEqualTo(2_500);
    }

    @Test
    void inputThisVeryMillisecondIsZero() {
        assertThat(WindowsIdleSource.idleMillis(123_456, 123_456)).isZero();
    }

    @Test
    void lastInputJustBeforeTheWrapAndNowJustAfter() {
        int lastInput = (int) (WRAP - 1_000); // 0xFFFFFC18, negative as a Java int
        assertThat(lastInput).isNegative();
        assertThat(WindowsIdleSource.idleMillis(WRAP + 500, lastInput)).isEqualTo(1_500);
    }

    @Test
    void lastInputWithTheHighBitSetBeforeAnyWrap() {
        long now = 3_000_000_000L; // about 34.7 days of uptime, above Integer.MAX_VALUE
        int lastInput = (int) (now - 60_000);
        assertThat(WindowsIdleSource.idleMillis(now, lastInput)).isEqualTo(60_000);
    }

    @Test
    void onlyTheLow32BitsOfTheUptimeCountAfterManyWraps() {
        long now = 5 * WRAP + 42_000; // about 250 days of uptime
        int lastInput = (int) (5 * WRAP + 2_000);
        assertThat(WindowsIdleSource.idleMillis(now, lastInput)).isEqualTo(40_000);
        assertThat(WindowsIdleSource.idleMillis(now, (int) (4 * WRAP + (WRAP - 8_000)))).isEqualTo(50_000);
    }

    @Test
    void inputNewerThanTheClockReadingIsZeroNotFortyNineDays() {
        assertThat(WindowsIdleSource.idleMillis(10_000, 10_003)).isZero();
        assertThat(WindowsIdleSource.idleMillis(WRAP + 1, (int) (WRAP + 4))).isZero();
    }

    @Test
    void longButPlausibleIdleIsKept() {
        long tenDays = 10L * 24 * 3_600_000;
        assertThat(WindowsIdleSource.idleMillis(WRAP + tenDays, (int) WRAP)).isEqualTo(tenDays);
    }
}
