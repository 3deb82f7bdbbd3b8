package dev.unhunch.ui.illustration;

/**
 * From where a pose is seen. {@link #SIDE} and {@link #TOP_SIDE} use the side (profile)
 * skeleton; the others the front one. The TOP views show a person on a mat seen from above, so
 * there is no floor line.
 */
public enum View {
    /** From the side at floor level, the figure facing screen right (left when flipped). */
    SIDE,
    /** From the front: the user's reflection in a mirror (the user's left on screen left). */
    FRONT,
    /** From above, a profile (a person lying on the back seen along the floor). */
    TOP_SIDE,
    /** From above, the front of the body up (lying on the back). */
    TOP_FRONT,
    /** From above, the back of the body up (face down, kneeling folded): the back of the head shows. */
    TOP_BACK,
    /**
     * From the head end at floor level, for lying on one side: the shoulders stacked, the head
     * in the middle facing screen right (left when flipped), arms and bent knees reaching out in
     * front, so an arm opening back toward the floor and the head turning are both visible.
     */
    END;

    /** Whether the skeleton is the profile one. */
    public boolean profile() {
        return this == SIDE || this == TOP_SIDE;
    }

    /** Whether this is seen from above (on a mat, no floor line). */
    public boolean fromAbove() {
        return this == TOP_SIDE || this == TOP_FRONT || this == TOP_BACK;
    }
}
