package dev.unhunch.ui.illustration;

/** An explicit motion cue drawn with a pose, for movements a still frame cannot show. */
public enum Cue {
    NONE,
    /** Shoulders circling backward (up, back, down). */
    CIRCLE_BACK,
    /** Shoulders circling forward (up, forward, down). */
    CIRCLE_FORWARD,
    /** The upper body twisting; the direction follows the pose's twist sign. */
    TWIST
}
