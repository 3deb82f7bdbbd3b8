package dev.unhunch.core.settings;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of one break kind.
 *
 * @param enabled whether this kind of break is offered at all
 * @param interval active time after which the break is due
 * @param length how long the break lasts; idle time at least this long counts as a natural break
 */
public record BreakSettings(boolean enabled, Duration interval, Duration length) {
    public BreakSettings {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(length, "length");
    }
}
