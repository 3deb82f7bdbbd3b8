package dev.unhunch.platform.sound;

/**
 * The two sounds Unhunch makes: a rising pair of soft notes when a break starts and the same pair
 * falling when it ends, so the ear tells them apart without looking.
 */
public enum Chime {
    /** E5 then A5, a fourth up: "time to stretch". */
    BREAK_START(659.26, 880.00),
    /** A5 then E5, a fourth down: "back to work". */
    BREAK_END(880.00, 659.26);

    private final double firstHz;
    private final double secondHz;

    Chime(double firstHz, double secondHz) {
        this.firstHz = firstHz;
        this.secondHz = secondHz;
    }

    /** The pitch of the first note, in hertz. */
    public double firstHz() {
        return firstHz;
    }

    /** The pitch of the second note, in hertz. */
    public double secondHz() {
        return secondHz;
    }
}
