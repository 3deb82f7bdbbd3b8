package dev.unhunch.core.breaks;

/** The engine's one state. Transitions happen only in {@code BreakEngine.goTo}. */
public enum BreakStage {
    /** Active time is counted towards the next break. */
    COUNTING,
    /** A break is due soon; the notice is showing. */
    NOTICE,
    /** A break is in progress; its countdown runs while the user rests. */
    BREAK,
    /** The user paused breaks; nothing counts, nothing fires. */
    PAUSED,
    /** Outside working hours; nothing counts, nothing fires. */
    OUTSIDE_HOURS
}
