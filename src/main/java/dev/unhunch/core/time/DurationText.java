package dev.unhunch.core.time;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one text form of durations used in settings files, the CLI and logs: {@code 20m},
 * {@code 30s}, {@code 1h30m}, {@code 500ms}, {@code 0}.
 *
 * <p>Parsing accepts parts in the order h, m, s, ms (each at most once, spaces between parts
 * allowed, units case-insensitive, also as words: {@code 20 minutes}, {@code 20 min},
 * {@code 1 hour 30 mins}, German {@code 20 Minuten}, {@code 30 Sek}, {@code 1 Std}) and, for convenience, ISO-8601 text such as {@code PT20M}.
 * Formatting is the inverse: {@code parse(format(d)).equals(d)} for every non-negative duration
 * with whole milliseconds.
 */
public final class DurationText {

    /**
     * A number and its unit; words as people type them ("20 minutes", "20 min", German "20 Minuten",
     * "30 Sek", "1 Std") are read as the short units. Longer words come first in each alternation.
     */
    private static final Pattern PART = Pattern.compile("(\\d{1,9})\\s*("
            + "milliseconds?|millisekunden?|msec|ms"
            + "|hours?|hrs?|stunden?|std|h"
            + "|minutes?|minuten?|mins?|m"
            + "|seconds?|sekunden?|secs?|sek|s)(?![a-z\u00e4\u00f6\u00fc])");
    private static final String[] ORDER = {"h", "m", "s", "ms"};

    private DurationText() {
    }

    /**
     * Reads a duration such as {@code 1h30m}.
     *
     * @throws IllegalArgumentException with a message a person can act on when the text is not a
     *     non-negative duration
     */
    public static Duration parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no duration given (use e.g. 20m, 30s, 1h30m)");
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.startsWith("pt") || s.startsWith("p")) {
            try {
                Duration d = Duration.parse(s.toUpperCase(Locale.ROOT));
                if (!d.isNegative()) {
                    return d;
                }
            } catch (RuntimeException ignored) {
                // fall through to the common message
            }
            throw invalid(text);
        }
        Matcher m = PART.matcher(s);
        Duration total = Duration.ZERO;
        int pos = 0;
        int lastUnit = -1;
        boolean any = false;
        while (pos < s.length()) {
            if (Character.isWhitespace(s.charAt(pos))) {
                pos++;
                continue;
            }
            if (!m.find(pos) || m.start() != pos) {
                throw invalid(text);
            }
            int unit = unitIndex(shortUnit(m.group(2)));
            if (unit <= lastUnit) {
                throw invalid(text);
            }
            lastUnit = unit;
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (unit) {
                case 0 -> Duration.ofHours(n);
                case 1 -> Duration.ofMinutes(n);
                case 2 -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
            });
            pos = m.end();
            any = true;
        }
        if (!any) {
            throw invalid(text);
        }
        return total;
    }

    /** Writes a duration in the shortest form {@link #parse} reads back, e.g. {@code 1h30m}. */
    public static String format(Duration d) {
        if (d.isNegative()) {
            return "-" + format(d.negated());
        }
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder b = new StringBuilder();
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        int seconds = d.toSecondsPart();
        int millis = d.toMillisPart();
        if (hours > 0) {
            b.append(hours).append('h');
        }
        if (minutes > 0) {
            b.append(minutes).append('m');
        }
        if (seconds > 0) {
            b.append(seconds).append('s');
        }
        if (millis > 0) {
            b.append(millis).append("ms");
        }
        return b.length() == 0 ? "0s" : b.toString();
    }

    /**
     * A countdown as a clock face: {@code 12:30}, {@code 1:02:03}. Rounds up to the next whole
     * second so that a countdown shows {@code 0:00} only when it is over.
     */
    public static String clock(Duration d) {
        long total = d.isNegative() ? 0 : d.plusNanos(999_999_999L).getSeconds();
        long h = total / 3600;
        long m = (total / 60) % 60;
        long s = total % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** The short unit of a unit word: "minutes" -> "m". */
    private static String shortUnit(String word) {
        if (word.startsWith("mil") || word.equals("ms") || word.equals("msec")) {
            return "ms";
        }
        return switch (word.charAt(0)) {
            case 'h', 's' -> word.startsWith("st") ? "h" : word.substring(0, 1);
            case 'm' -> "m";
            default -> "s"; // sek..., sec...
        };
    }

    private static int unitIndex(String unit) {
        for (int i = 0; i < ORDER.length; i++) {
            if (ORDER[i].equals(unit)) {
                return i;
            }
        }
        throw new IllegalStateException(unit);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException(
                "not a duration: '" + text + "' (use e.g. 20m, 30s, 1h30m)");
    }
}
