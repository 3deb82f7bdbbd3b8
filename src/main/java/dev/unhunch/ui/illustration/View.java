package dev.unhunch.ui.illustration;

/**
 * From where a pose is seen. {@link #SIDE} and {@link #TOP_SIDE} use the side (profile)
 * skeleton; {@link #FRONT} and {@link #TOP_FRONT} the front one. The TOP views show a person
 * lying on a mat seen from above, so there is no floor line.
 */
public enum View {
    SIDE, FRONT, TOP_SIDE, TOP_FRONT;

    /** Whether the skeleton is the profile one. */
    public boolean profile() {
        return this == SIDE || this == TOP_SIDE;
    }

    /** Whether this is seen from above (on a mat, no floor line). */
    public boolean fromAbove() {
        return this == TOP_SIDE || this == TOP_FRONT;
    }
}
