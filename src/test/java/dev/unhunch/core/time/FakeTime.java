package dev.unhunch.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A hand-driven ticker and zoned wall clock for tests. {@link #advance} moves both (and the
 * "real" time a simulated idle source uses); {@link #sleep} moves wall and real time but not the
 * monotonic ticker, as a suspended machine does; {@link #setWall} jumps the wall clock only.
 */
public final class FakeTime implements Ticker {

    private long nanos = 1_000_000_000L;
    private long realNanos;
    private Instant wall;
    private final ZoneId zone;

    public FakeTime(Instant start, ZoneId zone) {
        this.wall = start;
        this.zone = zone;
    }

    @Override
    public long nanos() {
        return nanos;
    }

    /** Physical time since the start, sleep included: what an idle source measures. */
    public long realNanos() {
        return realNanos;
    }

    public Instant wall() {
        return wall;
    }

    public ZoneId zone() {
        return zone;
    }

    public void advance(Duration d) {
        nanos += d.toNanos();
        realNanos += d.toNanos();
        wall = wall.plus(d);
    }

    public void sleep(Duration d) {
        realNanos += d.toNanos();
        wall = wall.plus(d);
    }

    public void setWall(Instant newWall) {
        wall = newWall;
    }

    /** A {@link Clock} reading this fake's wall time in its zone. */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId z) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return wall;
            }
        };
    }
}
