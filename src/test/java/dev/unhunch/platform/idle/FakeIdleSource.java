package dev.unhunch.platform.idle;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import java.time.Duration;

/** A scripted idle source: answers a fixed idle time until told to break. */
final class FakeIdleSource implements IdleSource {

    final String name;
    Duration idle;
    boolean broken;
    boolean closed;
    boolean seesKeyboard = true;

    FakeIdleSource(String name, Duration idle) {
        this.name = name;
        this.idle = idle;
    }

    @Override
    public Duration idleTime() {
        if (broken) {
            throw new IdleSourceUnavailableException(name + " broke");
        }
        return idle;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean seesKeyboard() {
        return seesKeyboard;
    }

    @Override
    public void close() {
        closed = true;
    }
}
