package dev.unhunch.core.stretch;

import java.time.Duration;

/**
 * One instruction of a routine at one point in time, as the guided break window shows it. There
 * are no separate "get ready" or "switch sides" moments: the first step of a stretch carries its
 * setup instructions and the first step on the second side says to change sides, each with a few
 * seconds added for it ({@link #leadTime()}), so the hold itself keeps its full time.
 *
 * @param planned the stretch being done, with its dose in this routine
 * @param stretchIndex position of that stretch in the routine (0-based)
 * @param stepIndex index into {@link Stretch#steps()} of the timed step (also selects the pose)
 * @param text what to do now, in the catalog's words (setup or side change first, then the step)
 * @param kind what kind of moment this is
 * @param side which side is worked, {@link Side#NONE} if not one side
 * @param repetition which repetition this is, from 1
 * @param repetitions how many repetitions there are on this side
 * @param start offset from the start of the routine
 * @param duration how long the moment lasts, lead time included
 * @param lead what the lead time at its start is for
 * @param leadTime time at the start for getting into position or changing sides, zero if none
 */
public record Moment(PlannedStretch planned, int stretchIndex, int stepIndex, String text, Kind kind, Side side,
        int repetition, int repetitions, Duration start, Duration duration, Lead lead, Duration leadTime) {

    /** What a moment asks for. */
    public enum Kind { HOLD, MOVE, REST }

    /** What the lead time at the start of a moment is for. */
    public enum Lead {
        /** No lead time: the step follows on from the one before. */
        NONE,
        /** The first step of a stretch: get into position (the setup steps) first. */
        GET_INTO_POSITION,
        /** The first step on the second side: change sides first. */
        OTHER_SIDE
    }

    /** Text put before the step when changing sides. */
    public static final String SWITCH_TEXT = "Now the other side.";

    public Moment {
        if ((lead == Lead.NONE) != leadTime.isZero() || leadTime.compareTo(duration) >= 0) {
            throw new IllegalArgumentException("lead time " + leadTime + " does not fit " + lead + " of " + duration);
        }
    }

    /** The stretch being done. */
    public Stretch stretch() {
        return planned.stretch();
    }

    /** Whether this is a pause between holds rather than stretching. */
    public boolean rest() {
        return kind == Kind.REST;
    }

    /** Offset from the start of the routine at which this moment ends. */
    public Duration end() {
        return start.plus(duration);
    }

    /** The hold (or movement, or rest) time of this moment, without its lead time. */
    public Duration hold() {
        return duration.minus(leadTime);
    }
}
