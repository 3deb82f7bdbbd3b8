package dev.unhunch.core.settings;

import java.time.Duration;
import java.util.Objects;

/**
 * "Don't interrupt": which checks may make a due break wait, and for how long at most.
 *
 * @param microphone wait while a program records from a microphone
 * @param camera wait while a program holds a camera open
 * @param fullScreen wait while the focused window is full screen
 * @param doNotDisturb wait while the desktop's do-not-disturb is on
 * @param maxDeferral active time a break may wait; then it is offered gently (a notice only)
 */
public record DeferSettings(boolean microphone, boolean camera, boolean fullScreen, boolean doNotDisturb,
        Duration maxDeferral) {
    public DeferSettings {
        Objects.requireNonNull(maxDeferral, "maxDeferral");
    }

    /** Whether any check is on. */
    public boolean anyOn() {
        return microphone || camera || fullScreen || doNotDisturb;
    }
}
