package dev.unhunch.cli;

import dev.unhunch.core.breaks.PauseRequest;
import dev.unhunch.core.time.DurationText;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for the command arguments; their messages end up in usage errors. */
final class Converters {

    private Converters() {
    }

    /** A duration in the one syntax ({@code 90s}, {@code 10m}, {@code 1h30m}), longer than 0. */
    static final class PositiveDuration implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return positive(value);
        }
    }

    /** {@code micro} or {@code long}, as sent on the wire. */
    static final class BreakKind implements ITypeConverter<String>, Iterable<String> {
        private static final List<String> KINDS = List.of("micro", "long");

        @Override
        public String convert(String value) {
            String kind = value.toLowerCase(Locale.ROOT);
            if (!KINDS.contains(kind)) {
                throw new TypeConversionException("'" + value + "' is not a break kind (use micro or long)");
            }
            return kind;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return KINDS.iterator();
        }
    }

    /** {@code DURATION}, {@code until-tomorrow} or {@code indefinitely}. */
    static final class Pause implements ITypeConverter<PauseTarget> {
        @Override
        public PauseTarget convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            if (text.equals("until-tomorrow") || text.equals("tomorrow")) {
                return PauseTarget.UNTIL_TOMORROW;
            }
            if (text.equals("indefinitely") || text.equals("forever")) {
                return PauseTarget.INDEFINITELY;
            }
            Duration d;
            try {
                d = DurationText.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value
                        + "' is not a pause (use a duration such as 30m or 1h30m, until-tomorrow, or indefinitely)");
            }
            return PauseTarget.forDuration(positive(d));
        }
    }

    static Duration positive(String value) {
        try {
            return positive(DurationText.parse(value));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** Longer than 0 and at most a year ({@link PauseRequest#LONGEST}): longer is a slip of the keyboard. */
    static Duration positive(Duration d) {
        if (d.isZero()) {
            throw new TypeConversionException("the duration must be longer than 0");
        }
        if (d.compareTo(PauseRequest.LONGEST) > 0) {
            throw new TypeConversionException(PauseRequest.tooLong(d));
        }
        return d;
    }
}
