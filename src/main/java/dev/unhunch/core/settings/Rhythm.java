package dev.unhunch.core.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * A named bundle of break settings, offered at the first start so that nobody has to think in
 * minutes of activity on day one. Choosing one writes its four values ({@code micro.interval},
 * {@code micro.length}, {@code long.interval}, {@code long.length}) and switches both kinds of
 * break on; there is no setting "rhythm" of its own, so every value stays editable afterwards.
 * Intervals count active time at the keyboard and mouse, not the wall clock.
 */
public enum Rhythm {
    /** Fewer interruptions: a short pause every 30 minutes, a stretch break every 90. */
    GENTLE(Duration.ofMinutes(30), Duration.ofSeconds(20), Duration.ofMinutes(90), Duration.ofMinutes(5)),
    /** The defaults: a short pause every 20 minutes, a stretch break every hour. */
    STANDARD(Duration.ofMinutes(20), Duration.ofSeconds(30), Duration.ofMinutes(60), Duration.ofMinutes(5)),
    /** For a back that already aches: a short pause every 10 minutes, a longer stretch break every 45. */
    FREQUENT(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(45), Duration.ofMinutes(8));

    private final Duration microInterval;
    private final Duration microLength;
    private final Duration longInterval;
    private final Duration longLength;

    Rhythm(Duration microInterval, Duration microLength, Duration longInterval, Duration longLength) {
        this.microInterval = microInterval;
        this.microLength = microLength;
        this.longInterval = longInterval;
        this.longLength = longLength;
    }

    public Duration microInterval() {
        return microInterval;
    }

    public Duration microLength() {
        return microLength;
    }

    public Duration longInterval() {
        return longInterval;
    }

    public Duration longLength() {
        return longLength;
    }

    /** Puts this rhythm's four values on the builder and switches both kinds of break on. */
    public Settings.Builder applyTo(Settings.Builder builder) {
        return builder.microEnabled(true).microInterval(microInterval).microLength(microLength)
                .longEnabled(true).longInterval(longInterval).longLength(longLength);
    }

    /** The rhythm whose four values and switches these settings have, if any. */
    public static Optional<Rhythm> of(Settings settings) {
        return Arrays.stream(values())
                .filter(r -> applyTo(r, settings).equals(settings))
                .findFirst();
    }

    private static Settings applyTo(Rhythm r, Settings s) {
        return r.applyTo(s.toBuilder()).build();
    }
}
