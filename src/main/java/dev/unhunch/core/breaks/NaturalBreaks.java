package dev.unhunch.core.breaks;

import java.time.Duration;
import java.time.Instant;

/**
 * Rest the user takes on their own counts: a rest at least as long as a break resets that budget
 * (a natural break, recorded where breaks count), and a rest as long as the shown break takes it
 * off the screen. Rest comes from the idle source on a tick, or out of band from a sleep or a
 * stalled heartbeat, which also counts towards a running break.
 *
 * <p>Not thread-safe: engine thread only.
 */
final class NaturalBreaks {

    private final BreakUi ui;
    private final BreakEvents events;
    private final Budgets budgets;
    private final Countdown countdown;
    private final StageChange stages;

    NaturalBreaks(BreakUi ui, BreakEvents events, Budgets budgets, Countdown countdown,
            StageChange stages) {
        this.ui = ui;
        this.events = events;
        this.budgets = budgets;
        this.countdown = countdown;
        this.stages = stages;
    }

    /**
     * The natural-break rule for both budgets.
     *
     * @param record whether breaks count now (not while paused or outside working hours)
     * @param note the event note: where the rest came from ({@code idle}, {@code sleep}, {@code gap})
     */
    void apply(Duration rest, Instant wall, boolean record, String note) {
        for (Budgets.Natural n : budgets.rest(rest)) {
            if (record && n.enabled()) {
                events.emit(BreakEventType.NATURAL, wall, n.kind(), n.active(), n.snoozes(), note);
            }
        }
    }

    /**
     * Rest learned about out of band (a sleep, a tick gap) while in {@code stage}: a natural break
     * if long enough; during a running break that it does not end, time the break counts as taken.
     */
    void outOfBand(BreakStage stage, long t, Instant wall, Duration gap, String note) {
        switch (stage) {
            case PAUSED, OUTSIDE_HOURS -> apply(gap, wall, false, note);
            case COUNTING -> apply(gap, wall, true, note);
            case NOTICE, BREAK -> {
                if (!endsShown(gap, wall, note, "during " + note) && stage == BreakStage.BREAK) {
                    countdown.restDuringBreak(t, gap);
                }
            }
        }
    }

    /**
     * Takes the shown notice or break off the screen when {@code rest} is at least its length,
     * and records the rest as a natural break; {@code how} completes the log line
     * ("micro break rested ...").
     *
     * @return whether it did
     */
    boolean endsShown(Duration rest, Instant wall, String note, String how) {
        BreakKind kind = countdown.kind();
        if (rest.compareTo(budgets.timer(kind).length()) < 0) {
            return false;
        }
        ui.hide();
        stages.goTo(BreakStage.COUNTING, kind.word() + " break rested " + how);
        apply(rest, wall, true, note);
        return true;
    }
}
