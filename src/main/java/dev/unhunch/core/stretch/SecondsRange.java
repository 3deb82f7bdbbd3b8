package dev.unhunch.core.stretch;

/**
 * An inclusive range of whole numbers (seconds or repetitions) as the sources give it, such as
 * "hold 20-30 s" or "10-20 repetitions". A single figure has {@code min == max}.
 *
 * @param min the smallest value, at least 1
 * @param max the largest value, at least {@code min}
 */
public record SecondsRange(int min, int max) {

    public SecondsRange {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("range must satisfy 1 <= min <= max, got " + min + ".." + max);
        }
    }

    /** A range holding one value. */
    public static SecondsRange of(int value) {
        return new SecondsRange(value, value);
    }

    /** Whether this is a single value. */
    public boolean isFixed() {
        return min == max;
    }

    /** The value clamped into this range. */
    public int clamp(int value) {
        return Math.max(min, Math.min(max, value));
    }

    @Override
    public String toString() {
        return isFixed() ? Integer.toString(min) : min + "-" + max;
    }
}
