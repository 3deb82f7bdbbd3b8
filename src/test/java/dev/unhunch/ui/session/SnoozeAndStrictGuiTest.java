package dev.unhunch.ui.session;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakEventType;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.testsupport.Screenshots;
import java.awt.Window;
import java.util.Arrays;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/** Snoozing from either window, and strict mode leaving neither snooze nor skip. */
class SnoozeAndStrictGuiTest extends GuiTestBase {

    @Test
    void snoozeFromTheNoticeAndThenFromTheBreakWindow() {
        start(BreakSession.microOnly()).untilNotice();
        FrameFixture notice = notice();
        notice.button("notice.snooze").requireText("Snooze 5 min (3 left)").click();
        robot.waitForIdle();
        assertThat(session.stage()).isEqualTo(BreakStage.COUNTING);
        assertThat(session.snapshot().snoozesUsed()).isEqualTo(1);
        notice.requireNotVisible();

        session.untilNotice();
        notice = notice(); // each break has a new notice (the last one was disposed)
        notice.button("notice.snooze").requireText("Snooze 5 min (2 left)");
        session.idle(ofSeconds(3));
        assertThat(session.stage()).isEqualTo(BreakStage.BREAK);
        FrameFixture window = breakWindow();
        notice.requireNotVisible();
        window.button("break.snooze").requireText("Snooze 5 min (2 left)").click();
        robot.waitForIdle();
        assertThat(session.stage()).isEqualTo(BreakStage.COUNTING);
        assertThat(session.snapshot().snoozesUsed()).isEqualTo(2);
        assertThat(session.events(BreakEventType.SNOOZED)).hasSize(2);
        window.requireNotVisible();
    }

    @Test
    void withSnoozesUsedUpTheButtonSaysSoAndSkipStillWorks() {
        start(BreakSession.microOnly().toBuilder().maxSnoozes(1).build()).untilNotice();
        notice().button("notice.snooze").requireText("Snooze 5 min (1 left)").click();
        session.untilNotice();
        FrameFixture notice = notice();
        notice.button("notice.snooze").requireText("Snooze 5 min (0 left)").requireDisabled();
        notice.button("notice.skip").requireVisible().click();
        robot.waitForIdle();
        assertThat(session.events(BreakEventType.SKIPPED)).containsExactly("SKIPPED micro");
        notice.requireNotVisible();
    }

    @Test
    void noSnoozeButtonWhenSnoozingIsSwitchedOff() {
        start(BreakSession.microOnly().toBuilder().maxSnoozes(0).build()).untilNotice();
        assertThat(visible(notice(), "notice.snooze")).isFalse();
        notice().button("notice.skip").requireVisible();
    }

    @Test
    void strictModeHidesSkipAndSnoozeInTheNoticeAndTheWindow() {
        start(BreakSession.microOnly().toBuilder().strictMode(true).build()).untilNotice();
        FrameFixture notice = notice();
        notice.button("notice.startNow").requireVisible();
        assertThat(visible(notice, "notice.skip")).isFalse();
        assertThat(visible(notice, "notice.snooze")).isFalse();

        session.idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        window.button("break.next").requireVisible();
        assertThat(visible(window, "break.skip")).isFalse();
        assertThat(visible(window, "break.snooze")).isFalse();
        assertThat(visible(window, "break.done")).isFalse();
        assertThat(visible(window, "break.endEarly")).isFalse();
        window.button("break.stop").requireText("Stop \u2014 this hurts");
        assertThat(dimmers()).isZero();
    }

    @Test
    void aLongBreakInStrictModeDimsEveryScreenWithTheWindowInFront() {
        Settings strictLong = Settings.defaults().toBuilder().microEnabled(false).strictMode(true).build();
        start(strictLong).untilNotice();
        notice().label("notice.kind").requireText("Long break");
        session.idle(ofSeconds(3));
        FrameFixture window = breakWindow();
        window.label("break.kind").requireText("Long break");
        assertThat(dimmers()).isEqualTo((long) GuiActionRunner.execute(() -> java.awt.GraphicsEnvironment
                .getLocalGraphicsEnvironment().getScreenDevices().length));
        assertThat(window.target().isAlwaysOnTop()).isTrue();
        Screenshots.take("break-window-strict-long");
        session.idle(ofSeconds(5 * 60));
        robot.waitForIdle();
        assertThat(dimmers()).isZero();
        window.button("break.close").click();
        window.requireNotVisible();
        assertThat(session.events(BreakEventType.COMPLETED)).containsExactly("COMPLETED long");
    }

    private boolean visible(FrameFixture f, String name) {
        return GuiActionRunner.execute(() -> robot.finder().findByName(f.target(), name, false).isVisible());
    }

    private long dimmers() {
        return GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows())
                .filter(w -> "unhunch.dimmer".equals(w.getName()) && w.isVisible()).count());
    }
}
