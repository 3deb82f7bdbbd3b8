package dev.unhunch.core.settings;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a setting's value is refused, as a stable code and the values to quote. The core words it
 * in English ({@link #english()}) for the log, the settings file and the command line; a window
 * can look the code up in its own language instead (code {@code RANGE} → text key
 * {@code reason.range}), with the same arguments in the same places.
 *
 * @param code what is wrong
 * @param args the values the sentence quotes, as text, in the order of the code's placeholders
 */
public record Reason(Code code, List<String> args) {

    /** The kinds of refusal, each with its English sentence ({@link MessageFormat} syntax). */
    public enum Code {
        RANGE("must be between {0} and {1}, was {2}"),
        NOT_BOOLEAN("must be true or false, was ''{0}''"),
        NOT_NUMBER("must be a whole number, was ''{0}''"),
        NOT_TIME_OF_DAY("must be a time of day like 08:00, was ''{0}''"),
        NOT_THEME("must be light, dark or system, was ''{0}''"),
        NOT_LANGUAGE("must be ''system'' or a language tag like en, de-CH or pt-BR, was ''{0}''"),
        NOT_STRETCH_ID("''{0}'' is not a stretch id (lower-case letters, digits, ''.'', ''_'', ''-'')"),
        NOISE_OVER_IDLE("must not be longer than activity.idle ({0}), was {1}"),
        NOT_DURATION("not a duration: ''{0}'' (use e.g. 20m, 30s, 1h30m)"),
        HOURS_WITHOUT_DAYS("''{0}'' needs days and hours, e.g. ''mon-fri 09:00-17:00''"),
        NOT_DAYS("''{0}'' is not a day or day range"),
        NOT_WEEKDAY("''{0}'' is not a weekday (use mon, tue, wed, thu, fri, sat, sun)"),
        NOT_TIME_RANGE("''{0}'' is not a time range like 09:00-17:30"),
        END_NOT_AFTER_START("''{0}'': the end must be after the start (ranges cannot cross midnight)"),
        NOT_TIME("''{0}'' is not a time like 09:00"),
        /** Anything else: the one argument is the whole English sentence. */
        OTHER("{0}");

        private final String english;

        Code(String english) {
            this.english = english;
        }

        /** The key of this code's text in a bundle, e.g. {@code reason.not_duration}. */
        public String textKey() {
            return "reason." + name().toLowerCase(Locale.ROOT);
        }

        /** The English sentence with placeholders. */
        public String englishPattern() {
            return english;
        }
    }

    public Reason {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** A reason with these arguments. */
    public static Reason of(Code code, Object... args) {
        return new Reason(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** A sentence that has no code of its own. */
    public static Reason other(String english) {
        return of(Code.OTHER, english);
    }

    /** The sentence in English, e.g. "must be between 1m and 4h, was 15h". */
    public String english() {
        return new MessageFormat(code.english, Locale.ROOT).format(args.toArray());
    }
}
