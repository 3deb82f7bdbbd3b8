package dev.unhunch.ui.breakwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.PlannedStretch;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.core.stretch.RoutinePlanner;
import dev.unhunch.core.stretch.Side;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.core.stretch.StretchPreferences;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BreakTextsTest {

    private static final StretchCatalog CATALOG = StretchCatalog.bundled();

    @Test
    void everyQuickVersionCarriesTheSourcesFullDose() {
        for (int seconds : new int[] {20, 30, 60, 120, 300}) {
            RoutinePlanner planner = new RoutinePlanner(CATALOG, new Random(seconds));
            for (int i = 0; i < 10; i++) {
                Routine r = planner.plan(Duration.ofSeconds(seconds), seconds >= 300, StretchPreferences.defaults());
                for (Moment m : r.moments()) {
                    PlannedStretch p = m.planned();
                    String expected = p.scaledDown()
                            ? "Quick version (" + p.repetitions() + " of " + p.fullRepetitions()
                                    + " repetitions) \u2014 full dose: " + p.stretch().dose()
                            : "Full dose: " + p.stretch().dose();
                    assertThat(BreakTexts.dose(m)).as("%s in %d s", p.stretch().id(), seconds).isEqualTo(expected);
                }
            }
        }
        Routine quick = new RoutinePlanner(CATALOG, new Random(1)).quickStretch(StretchPreferences.defaults());
        assertThat(BreakTexts.dose(quick.moments().get(0))).contains(quick.stretches().get(0).stretch().dose());
    }

    @Test
    void theLeadTimeSaysGetIntoPositionOrSwitchSidesAndThenTheStep() {
        Routine r = new Routine(List.of(new PlannedStretch(CATALOG.byId("chair-twist").orElseThrow(), 1,
                List.of(20), true)), "safe");
        Moment left = r.moments().get(0);
        Moment right = r.moments().get(1);
        assertThat(BreakTexts.momentAction(left, Duration.ofSeconds(23))).isEqualTo("Get into position");
        assertThat(BreakTexts.momentAction(left, Duration.ofMillis(20_001))).isEqualTo("Get into position");
        assertThat(BreakTexts.momentAction(left, Duration.ofSeconds(20))).isEqualTo("Hold");
        assertThat(BreakTexts.momentAction(right, Duration.ofSeconds(22))).isEqualTo("Switch sides");
        assertThat(BreakTexts.momentAction(right, Duration.ofSeconds(5))).isEqualTo("Hold");
        assertThat(BreakTexts.cautionWhileStretching()).isEqualTo(CATALOG.generalCautions().get(0));
        assertThat(BreakTexts.cautionsAtTheEnd()).isEqualTo(CATALOG.generalCautions().get(1));
    }

    @Test
    void shortTimesRoundUpAndShowMinutesAboveOne() {
        assertThat(BreakTexts.shortTime(Duration.ofMillis(200))).isEqualTo("1 s");
        assertThat(BreakTexts.shortTime(Duration.ofSeconds(12))).isEqualTo("12 s");
        assertThat(BreakTexts.shortTime(Duration.ofSeconds(245))).isEqualTo("4:05");
        assertThat(BreakTexts.shortTime(Duration.ofSeconds(-3))).isEqualTo("0 s");
    }

    @Test
    void snoozeLabelCountsWhatIsLeft() {
        BreakPrompt p = new BreakPrompt(BreakKind.MICRO, Duration.ofSeconds(15), Duration.ofSeconds(30), 1, 3, false);
        assertThat(BreakTexts.snoozeLabel(Duration.ofMinutes(5), p)).isEqualTo("Snooze 5 min (2 left)");
        assertThat(BreakTexts.snoozeLabel(Duration.ofMinutes(10), p)).isEqualTo("Snooze 10 min (2 left)");
    }

    @Test
    void kindsAndSides() {
        assertThat(BreakTexts.kindTitle(BreakKind.MICRO)).isEqualTo("Micro break");
        assertThat(BreakTexts.kindTitle(BreakKind.LONG)).isEqualTo("Long break");
        assertThat(BreakTexts.side(Side.LEFT)).isEqualTo("Left side, then right");
        assertThat(BreakTexts.side(Side.RIGHT)).isEqualTo("Right side");
        assertThat(BreakTexts.side(Side.NONE)).isEmpty();
    }
}
