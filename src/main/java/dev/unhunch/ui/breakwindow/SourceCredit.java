package dev.unhunch.ui.breakwindow;

import dev.unhunch.core.stretch.Source;
import dev.unhunch.ui.i18n.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch source's credit in the language in use: the title and author as published, the date
 * in the language's form, and the catalog's English words around them ("updated", "reviewed by
 * a medical review board") from the bundle.
 */
final class SourceCredit {

    /** The catalog's dates: "8 Dec 2020", "updated 17 Jan 2023". */
    private static final Pattern DATE = Pattern.compile("(updated )?(\\d{1,2} [A-Z][a-z]{2} \\d{4})");
    private static final DateTimeFormatter CATALOG_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** How the catalog writes that a medical board reviewed the source, after the author's name. */
    static final String REVIEWED = ", reviewed by a medical review board";

    private SourceCredit() {
    }

    /** The credit line, e.g. "“Title”, Author, reviewed by a medical review board (updated 17 Jan 2023) #4". */
    static String of(Source source, String ref) {
        String author = source.author();
        if (author.endsWith(REVIEWED)) {
            author = Texts.text("break.sourceReviewedBy", author.substring(0, author.length() - REVIEWED.length()));
        }
        String date = source.date();
        boolean updated = false;
        Matcher m = DATE.matcher(date);
        if (m.matches()) {
            try {
                LocalDate day = LocalDate.parse(m.group(2), CATALOG_DATE);
                date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Texts.locale()).format(day);
                updated = m.group(1) != null;
            } catch (DateTimeParseException e) {
                // shown as the catalog has it
            }
        }
        String credit = Texts.text(updated ? "break.sourceCreditUpdated" : "break.sourceCredit",
                source.title(), author, date);
        return ref.isEmpty() ? credit : credit + " " + ref(ref);
    }

    /**
     * Where in the source: "#4" as it is; a word such as "chair variant" from the bundle
     * ({@code break.sourceRef.chairVariant}), or as the catalog has it when the bundle has none.
     */
    private static String ref(String ref) {
        if (ref.startsWith("#")) {
            return ref;
        }
        StringBuilder key = new StringBuilder("break.sourceRef.");
        boolean upper = false;
        for (char ch : ref.toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                key.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            } else {
                upper = true;
            }
        }
        return Texts.has(key.toString()) ? Texts.text(key.toString()) : ref;
    }
}
