package dev.unhunch.core.breaks;

import java.time.Duration;
import java.util.Objects;

/**
 * A due break that waits, for status displays: why, and for how long already.
 *
 * @param reason what the break would interrupt (the last reason seen, also during the grace)
 * @param since elapsed time since the break was first deferred
 * @param grace true once the reason has ended and the break waits out the short grace
 */
public record DeferralState(Interruption reason, Duration since, boolean grace) {
    public DeferralState {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }
}
