package dev.unhunch.platform.idle;

import dev.unhunch.core.activity.IdleSource;
import java.time.Duration;

/**
 * What is left when no idle source opens (a headless machine, a desktop without any supported
 * interface): idle time is always zero, so every minute counts as active and breaks follow the
 * clock. Its name says so, for About and {@code --diagnose}.
 */
public final class NoIdleSource implements IdleSource {

    @Override
    public Duration idleTime() {
        return Duration.ZERO;
    }

    @Override
    public String name() {
        return "none — no idle source could be opened; all time counts as active";
    }

    @Override
    public boolean seesKeyboard() {
        return false;
    }
}
