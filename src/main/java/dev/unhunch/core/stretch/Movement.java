package dev.unhunch.core.stretch;

/**
 * The kind of movement a stretch asks of the spine, neck or shoulders. Good programmes mix
 * flexion, extension and rotation; the planner balances them through {@link #family()}.
 */
public enum Movement {
    /** Bending or rounding forward. */
    FLEXION(Family.FLEXION),
    /** Bending or arching back, opening the chest. */
    EXTENSION(Family.EXTENSION),
    /** Twisting. */
    ROTATION(Family.ROTATION),
    /** Tipping or reaching sideways. */
    SIDE_FLEXION(Family.NECK_AND_SHOULDERS),
    /** Circling a joint (circumduction). */
    CIRCLING(Family.NECK_AND_SHOULDERS);

    /** The groups the planner keeps in balance across breaks. */
    public enum Family { FLEXION, EXTENSION, ROTATION, NECK_AND_SHOULDERS }

    private final Family family;

    Movement(Family family) {
        this.family = family;
    }

    /** The group this movement counts towards when balancing a programme. */
    public Family family() {
        return family;
    }
}
