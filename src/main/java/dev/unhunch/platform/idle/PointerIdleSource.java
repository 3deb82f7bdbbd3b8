package dev.unhunch.platform.idle;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.core.time.Ticker;
import java.awt.GraphicsEnvironment;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.time.Duration;
import java.util.Objects;

/**
 * The degraded fallback: idle time is the time since the pointer was last seen to move, polled
 * through AWT's {@code MouseInfo}. Typing is invisible to it, so {@link #seesKeyboard()} is false
 * and the name says so; movements between two polls that end where they started are missed too.
 *
 * <p>The first reading starts the count at zero. Time comes from the injected {@link Ticker}.
 */
public final class PointerIdleSource implements IdleSource {

    /** Reads the pointer position; returns null when no pointer is known right now. */
    @FunctionalInterface
    public interface PointerReader {
        Point read();
    }

    private final PointerReader reader;
    private final Ticker ticker;
    private Point lastPosition;
    private long lastMoveNanos;
    private boolean started;

    /** A source over the given reader and ticker (tests pass fakes). */
    public PointerIdleSource(PointerReader reader, Ticker ticker) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /**
     * The AWT pointer on the default screen.
     *
     * @throws IdleSourceUnavailableException when AWT is headless or reports no pointer
     */
    public static PointerIdleSource open(Ticker ticker) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IdleSourceUnavailableException("AWT is headless: no pointer to watch");
        }
        PointerReader awt = () -> {
            PointerInfo info = MouseInfo.getPointerInfo();
            return info == null ? null : info.getLocation();
        };
        try {
            if (awt.read() == null) {
                throw new IdleSourceUnavailableException("AWT reports no pointer");
            }
        } catch (java.awt.HeadlessException | java.awt.AWTError | SecurityException | InternalError e) {
            throw new IdleSourceUnavailableException("AWT pointer unavailable: " + e, e);
        }
        return new PointerIdleSource(awt, ticker);
    }

    @Override
    public synchronized Duration idleTime() {
        long now = ticker.nanos();
        Point position = reader.read();
        if (!started || (position != null && !position.equals(lastPosition))) {
            started = true;
            lastMoveNanos = now;
        }
        if (position != null) {
            lastPosition = position;
        }
        return Duration.ofNanos(Math.max(0, now - lastMoveNanos));
    }

    @Override
    public String name() {
        return "Pointer position polling (pointer only — keyboard activity is not seen)";
    }

    @Override
    public boolean seesKeyboard() {
        return false;
    }
}
