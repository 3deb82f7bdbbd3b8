package dev.unhunch.core.stretch;

import java.time.Duration;

/**
 * One instruction of a routine at one point in time, as the guided break window shows it.
 *
 * @param stretch the stretch being done
 * @param stretchIndex position of that stretch in the routine (0-based)
 * @param stepIndex index into {@link Stretch#steps()} (also selects the illustration's pose)
 * @param text what to do now
 * @param kind what kind of moment this is
 * @param side which side is worked, {@link Side#NONE} if not one side
 * @param repetition which repetition this is, from 1; 0 for setup and side changes
 * @param repetitions how many repetitions there are on this side
 * @param start offset from the start of the routine
 * @param duration how long the moment lasts (the hold time for holds)
 */
public record Moment(Stretch stretch, int stretchIndex, int stepIndex, String text, Kind kind, Side side,
        int repetition, int repetitions, Duration start, Duration duration) {

    /** What a moment asks for. */
    public enum Kind { SETUP, HOLD, MOVE, REST, SWITCH_SIDES }

    /** Text shown while changing sides. */
    public static final String SWITCH_TEXT = "Now the other side.";

    /** Whether this is a pause (a rest or changing sides) rather than stretching. */
    public boolean rest() {
        return kind == Kind.REST || kind == Kind.SWITCH_SIDES;
    }

    /** Offset from the start of the routine at which this moment ends. */
    public Duration end() {
        return start.plus(duration);
    }

    /** The hold time of this moment (its duration). */
    public Duration hold() {
        return duration;
    }
}
