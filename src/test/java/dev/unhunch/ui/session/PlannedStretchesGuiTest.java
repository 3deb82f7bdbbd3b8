package dev.unhunch.ui.session;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakEvent;
import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakStage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real engine and the real Swing adapter: every event about a break names the stretches the
 * window shows, planned once per break, whether the break was offered, taken at once or asked for.
 */
class PlannedStretchesGuiTest extends GuiTestBase {

    private BreakEvent last(BreakEventType type) {
        return session.events.stream().filter(e -> e.type() == type).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void anOfferedBreakKeepsItsPlanFromNoticeToEnd() {
        session = new BreakSession(BreakSession.microOnly());
        session.untilNotice();
        List<String> offered = last(BreakEventType.OFFERED).stretchIds();
        assertThat(offered).isNotEmpty();
        session.onEngine(session.engine::takeNow);
        session.onEngine(session.engine::skip);
        assertThat(last(BreakEventType.STARTED).stretchIds()).isEqualTo(offered);
        assertThat(last(BreakEventType.SKIPPED).stretchIds()).isEqualTo(offered);
        assertThat(last(BreakEventType.SKIPPED).onDemand()).isFalse();
        assertThat(session.stretchesUsed).containsExactly("micro " + offered);
    }

    @Test
    void aBreakTakenWithoutANoticeNamesTheStretchesItShows() {
        session = new BreakSession(BreakSession.microOnly());
        session.active(ofSeconds(60));
        assertThat(session.onEngine(session.engine::takeNow).accepted()).isTrue();
        BreakEvent started = last(BreakEventType.STARTED);
        assertThat(started.stretchIds()).as("planned before the window showed").isNotEmpty();
        assertThat(started.onDemand()).isTrue();
        assertThat(started.activeToday()).isEqualTo(session.snapshot().activeToday());
        session.onEngine(session.engine::finishBreak);
        assertThat(last(BreakEventType.COMPLETED).stretchIds()).isEqualTo(started.stretchIds());
        assertThat(session.stretchesUsed).containsExactly("micro " + started.stretchIds());
    }

    @Test
    void stretchNowNamesItsOneQuickStretchAndIsMarkedAsAskedFor() {
        session = new BreakSession(BreakSession.microOnly());
        session.active(ofSeconds(60));
        assertThat(session.ui.stretchNow().accepted()).isTrue();
        BreakEvent started = last(BreakEventType.STARTED);
        assertThat(started.stretchIds()).hasSize(1);
        assertThat(started.onDemand()).isTrue();
        session.idle(ofSeconds(151)); // a quick stretch runs its own length, up to 150 s
        assertThat(session.stage()).isEqualTo(BreakStage.COUNTING);
        BreakEvent completed = last(BreakEventType.COMPLETED);
        assertThat(completed.stretchIds()).isEqualTo(started.stretchIds());
        assertThat(completed.onDemand()).isTrue();
        robot.waitForIdle();
    }
}
