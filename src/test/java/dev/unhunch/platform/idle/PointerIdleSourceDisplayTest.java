package dev.unhunch.platform.idle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.time.Ticker;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Tools;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pointer fallback over the real AWT pointer on the test display. */
@RequiresDisplay
class PointerIdleSourceDisplayTest {

    @Test
    void seesXdotoolMovingThePointer() throws InterruptedException {
        Tools.run("xdotool", "mousemove", "50", "50");
        PointerIdleSource source = PointerIdleSource.open(Ticker.system());
        source.idleTime();
        Thread.sleep(300);
        assertThat(source.idleTime()).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        Tools.run("xdotool", "mousemove", "400", "420");
        assertThat(source.idleTime()).isLessThan(Duration.ofMillis(100));
    }
}
