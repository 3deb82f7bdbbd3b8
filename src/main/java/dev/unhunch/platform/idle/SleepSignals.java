package dev.unhunch.platform.idle;

import java.util.function.Consumer;

/**
 * Opens the sleep signal for this machine: logind's {@code PrepareForSleep} on the system D-Bus on
 * Linux, nothing elsewhere yet (the heartbeat's wall-versus-monotonic drift check still detects
 * sleep after the fact). Other systems never load the D-Bus library.
 */
public final class SleepSignals {

    private SleepSignals() {
    }

    /**
     * Subscribes to sleep notices.
     *
     * @param env the environment (only the operating system is read)
     * @param goingToSleep receives true before suspend and false after resume
     * @return the subscription; inert (and logged once) when there is no system bus
     */
    public static SleepSignal open(Environment env, Consumer<Boolean> goingToSleep) {
        if (env.os() != Environment.Os.UNIX) {
            return SleepSignal.none("no sleep notices on " + env.osName() + " yet");
        }
        return dev.unhunch.platform.idle.dbus.LogindSleepSignal.open(goingToSleep);
    }
}
