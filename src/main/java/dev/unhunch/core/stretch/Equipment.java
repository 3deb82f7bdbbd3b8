package dev.unhunch.core.stretch;

/** What a stretch needs besides the person. */
public enum Equipment {
    CHAIR(true),
    ARMLESS_CHAIR(true),
    LOW_BACKED_CHAIR(true),
    WALL_CORNER(true),
    DOORWAY(true),
    MAT(false),
    FOAM_ROLLER(false),
    ROLLED_TOWEL(false),
    PILLOW(false);

    private final boolean atDesk;

    Equipment(boolean atDesk) {
        this.atDesk = atDesk;
    }

    /** Whether an office normally has this at hand (a chair, a wall corner, a doorway). */
    public boolean atDesk() {
        return atDesk;
    }
}
