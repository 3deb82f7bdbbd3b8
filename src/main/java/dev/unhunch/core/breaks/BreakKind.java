package dev.unhunch.core.breaks;

import java.util.Locale;

/** The two kinds of break: short and frequent, long and rare. */
public enum BreakKind {
    MICRO, LONG;

    /** Lower-case English word for logs and status text: {@code micro} or {@code long}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind for a {@link #word()} (upper case is accepted too), as written in the history.
     *
     * @throws IllegalArgumentException for a word that is not a kind
     */
    public static BreakKind fromWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
