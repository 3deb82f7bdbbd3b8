package dev.unhunch.core.breaks;

import java.time.Duration;
import java.util.List;

/**
 * Port through which the engine shows things. Called on the engine thread; a Swing adapter hops
 * to the event dispatch thread itself. At most one of notice or break is showing at a time; each
 * {@code show} replaces what was showing.
 */
public interface BreakUi {

    /**
     * Plans the routine of the break the engine is about to offer or start and names its
     * stretches, so that the engine's events (and with them the history) can carry them. Called
     * before the {@link #showNotice} or {@link #showBreak} of that break, at its offer and again
     * at its start: a UI keeps one plan per break until {@link #hide()} and answers both calls
     * with it, unless the start asks for another kind or a stretch requested on demand.
     *
     * @param kind the break's kind
     * @param length how long the break will run
     * @return the stretch ids in the order they will be shown; empty when the UI plans none
     */
    default List<String> planStretches(BreakKind kind, Duration length) {
        return List.of();
    }

    /** A break is due soon: show the notice with snooze / skip / take-now as the prompt allows. */
    void showNotice(BreakPrompt prompt);

    /** A break begins: show the break window. */
    void showBreak(BreakPrompt prompt);

    /** The countdown of the notice or break that is showing changed. */
    void updateCountdown(BreakStage stage, BreakKind kind, Duration timeLeft);

    /** The user used keyboard or mouse during a break; the countdown stops while they do. */
    void activityDuringBreak(BreakKind kind, Duration timeLeft);

    /**
     * Before a break shows: plan its stretches and say how long they take, so that the engine
     * knows when the routine is finished ("Done" versus "ended early"). By default the stretches
     * fill the break.
     */
    default Duration routineLength(BreakPrompt prompt) {
        return prompt.breakLength();
    }

    /** The running break's clock changed (about once a second while it shows). */
    default void updateBreak(BreakTime time) {
        updateCountdown(BreakStage.BREAK, time.kind(), time.left());
    }

    /**
     * The break ran its full time and was recorded; nothing more can be done with it. The window
     * may stay a moment to say so (with only a way to close it). By default it hides.
     */
    default void breakOver(BreakTime time) {
        hide();
    }

    /** Hide the notice or break window. */
    void hide();

    /** Today's active time reached the daily limit. */
    void showDailyLimit(Duration activeToday, Duration limit);

    /** A UI that shows nothing, for head-less use and tests. */
    static BreakUi none() {
        return new BreakUi() {
            @Override public void showNotice(BreakPrompt prompt) { }
            @Override public void showBreak(BreakPrompt prompt) { }
            @Override public void updateCountdown(BreakStage stage, BreakKind kind, Duration timeLeft) { }
            @Override public void activityDuringBreak(BreakKind kind, Duration timeLeft) { }
            @Override public void hide() { }
            @Override public void showDailyLimit(Duration activeToday, Duration limit) { }
        };
    }
}
