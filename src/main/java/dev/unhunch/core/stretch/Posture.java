package dev.unhunch.core.stretch;

/** The body position a stretch is done in. */
public enum Posture {
    /** Sitting on a chair. */
    SEATED,
    /** Standing, possibly against a wall or in a doorway. */
    STANDING,
    /** Hands and knees on the floor (needs a mat). */
    ALL_FOURS,
    /** Lying on the floor, on the back or on one side (needs a mat). */
    LYING;

    /** Whether this posture can be taken at a desk in office clothes. */
    public boolean atDesk() {
        return this == SEATED || this == STANDING;
    }
}
