package dev.unhunch.core.history;

import java.util.Locale;

/** Which break a history record is about; written in lower case ({@code micro}). */
public enum BreakKindName {
    /** The short, frequent break. */
    MICRO,
    /** The long, rarer break. */
    LONG,
    /** The daily activity limit. */
    DAILY;

    /** The lower-case name used in files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a lower-case or upper-case name. */
    public static BreakKindName fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
