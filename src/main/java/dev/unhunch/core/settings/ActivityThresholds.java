package dev.unhunch.core.settings;

import java.time.Duration;
import java.util.Objects;

/**
 * How raw idle readings become "active" or "idle".
 *
 * @param noise a pause in input longer than this while an idle user is becoming active means the
 *     earlier input was noise (a nudged mouse), and the user stays idle
 * @param active input sustained this long (without a pause longer than {@code noise}) turns an
 *     idle user active
 * @param idle no input for this long turns an active user idle; shorter pauses (reading,
 *     thinking) still count as activity
 */
public record ActivityThresholds(Duration noise, Duration active, Duration idle) {
    public ActivityThresholds {
        Objects.requireNonNull(noise, "noise");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(idle, "idle");
    }
}
