package dev.unhunch.core.history;

import java.util.List;

/**
 * What a read of the history found: the records that could be read, and how many could not
 * (a damaged line, a value out of range, a month file whose name is not a month). Reading never
 * fails on bad content; the statistics say how many records they had to leave out.
 *
 * @param records the records read, oldest first
 * @param unreadable how many records could not be read; 0 when all were fine
 */
public record HistoryRead(List<HistoryRecord> records, int unreadable) {

    public HistoryRead {
        records = List.copyOf(records);
        if (unreadable < 0) {
            throw new IllegalArgumentException("unreadable must not be negative, was " + unreadable);
        }
    }

    /** Records that were all readable. */
    public static HistoryRead of(List<HistoryRecord> records) {
        return new HistoryRead(records, 0);
    }

    /** "2 records could not be read", or null when all were read. */
    public String unreadableText() {
        return unreadable == 0 ? null
                : unreadable + (unreadable == 1 ? " record" : " records") + " could not be read";
    }
}
