package dev.unhunch.core.settings;

import java.util.Objects;

/**
 * Something the user should be told once about their settings, in English for the log, and, when
 * it is about one unusable value, that {@link Problem}, so a window can say it in the user's
 * language.
 *
 * @param text the English message, as logged
 * @param problem the value behind it, or null for a message about the file as a whole
 */
public record Notice(String text, Problem problem) {

    public Notice {
        Objects.requireNonNull(text, "text");
    }

    /** A message about the file as a whole (damaged, unreadable). */
    public static Notice of(String text) {
        return new Notice(text, null);
    }

    /** A value that could not be used, and what was used instead. */
    public static Notice about(Problem problem) {
        return new Notice("Settings: " + problem.message(), problem);
    }

    @Override
    public String toString() {
        return text;
    }
}
