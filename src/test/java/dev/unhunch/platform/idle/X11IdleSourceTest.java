package dev.unhunch.platform.idle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.TestDisplay;
import dev.unhunch.testsupport.Tools;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The X11 source against a real X server (the test display, usually a private Xvfb). */
@RequiresDisplay
class X11IdleSourceTest {

    private X11IdleSource source;

    @BeforeEach
    void open() {
        source = X11IdleSource.open();
    }

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void namesTheDisplayItOpened() {
        assertThat(source.name()).isEqualTo("X11 XScreenSaver (libXss) on " + TestDisplay.get().display().orElseThrow());
        assertThat(source.seesKeyboard()).isTrue();
    }

    @Test
    void idleTimeGrowsWhileNothingHappens() throws InterruptedException {
        Tools.run("xdotool", "mousemove", "10", "10");
        Duration before = source.idleTime();
        Thread.sleep(600);
        Duration after = source.idleTime();
        assertThat(after.minus(before)).isBetween(Duration.ofMillis(450), Duration.ofMillis(2_000));
    }

    @Test
    void pointerMovementResetsIdleTime() throws InterruptedException {
        Thread.sleep(1_100);
        assertThat(source.idleTime()).isGreaterThan(Duration.ofSeconds(1));
        Tools.run("xdotool", "mousemove", "200", "300");
        assertThat(source.idleTime()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void keyPressResetsIdleTime() throws InterruptedException {
        Thread.sleep(1_100);
        assertThat(source.idleTime()).isGreaterThan(Duration.ofSeconds(1));
        Tools.run("xdotool", "key", "shift");
        assertThat(source.idleTime()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void queriesAfterCloseFailCleanly() {
        source.close();
        source.close();
        assertThatThrownBy(source::idleTime).isInstanceOf(IdleSourceUnavailableException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void oneQueryCostsWellUnderAMillisecond() {
        for (int i = 0; i < 200; i++) {
            source.idleTime();
        }
        int rounds = 1_000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            source.idleTime();
        }
        long perQueryMicros = (System.nanoTime() - start) / rounds / 1_000;
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                "X11 idle query: " + perQueryMicros + " µs each over " + rounds + " queries");
        assertThat(perQueryMicros).isLessThan(5_000);
    }
}
