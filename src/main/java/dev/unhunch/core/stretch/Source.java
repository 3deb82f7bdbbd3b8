package dev.unhunch.core.stretch;

/**
 * A published article a stretch is based on, credited in the app.
 *
 * @param id short key, such as {@code S1}
 * @param title the article's title
 * @param author the author and qualification as published
 * @param date the publication or review date as published
 */
public record Source(String id, String title, String author, String date) {

    /** A one-line credit, such as {@code "Title" by Author (date)}. */
    public String credit() {
        return "\u201C" + title + "\u201D, " + author + " (" + date + ")";
    }
}
