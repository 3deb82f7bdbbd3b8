package dev.unhunch.core.activity;

/** Whether the user currently counts as working at the computer. */
public enum ActivityState {
    /** Sustained input; active time accrues. */
    ACTIVE,
    /** No input for a while, or only noise; active time does not accrue. */
    IDLE
}
