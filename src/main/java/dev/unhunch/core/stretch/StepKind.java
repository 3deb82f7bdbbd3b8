package dev.unhunch.core.stretch;

/** What a step asks for, which decides how it is timed. */
public enum StepKind {
    /** Getting into position; untimed in the catalog, shown briefly. */
    SETUP,
    /** Hold a still position for the step's time. */
    HOLD,
    /** Keep moving (circles, small rocking) for the step's time. */
    MOVE,
    /** Ease off and rest for the step's time. */
    REST
}
