package dev.unhunch.core.activity;

import java.time.Duration;

/**
 * What one tick learned about the user.
 *
 * @param state the state after this tick
 * @param activeDelta active time newly counted by this tick (never negative)
 * @param restFor how long the user has been resting, for natural-break rules: the idle reading,
 *     or a longer span the monitor could not vouch for (a tick gap after a stall or sleep)
 * @param inputSinceLastTick true when there was input since the previous tick
 */
public record ActivityReading(ActivityState state, Duration activeDelta, Duration restFor,
        boolean inputSinceLastTick) {
}
