package dev.unhunch.platform.idle;

import com.sun.jna.Library;
import com.sun.jna.Native;
import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import java.time.Duration;

/**
 * Idle time on macOS from CoreGraphics' {@code CGEventSourceSecondsSinceLastEventType} over the
 * combined session state and any input event type, which sees keyboard and pointer and needs no
 * accessibility permission.
 */
public final class MacIdleSource implements IdleSource {

    /** {@code kCGEventSourceStateCombinedSessionState}. */
    static final int COMBINED_SESSION_STATE = 0;
    /** {@code kCGAnyInputEventType}, {@code ~0} as an unsigned 32-bit value. */
    static final int ANY_INPUT_EVENT_TYPE = 0xFFFF_FFFF;

    private final CoreGraphics graphics;

    private MacIdleSource(CoreGraphics graphics) {
        this.graphics = graphics;
    }

    /**
     * Loads CoreGraphics (ApplicationServices on older systems) and takes one reading.
     *
     * @throws IdleSourceUnavailableException when neither framework loads (not macOS)
     */
    public static MacIdleSource open() {
        CoreGraphics graphics;
        try {
            graphics = Native.load("CoreGraphics", CoreGraphics.class);
        } catch (UnsatisfiedLinkError first) {
            try {
                graphics = Native.load("ApplicationServices", CoreGraphics.class);
            } catch (UnsatisfiedLinkError e) {
                throw new IdleSourceUnavailableException("CoreGraphics not available: " + FailoverIdleSource.reason(first), e);
            }
        }
        MacIdleSource source = new MacIdleSource(graphics);
        source.idleTime();
        return source;
    }

    @Override
    public Duration idleTime() {
        return fromSeconds(graphics.CGEventSourceSecondsSinceLastEventType(COMBINED_SESSION_STATE,
                ANY_INPUT_EVENT_TYPE));
    }

    /**
     * Converts CoreGraphics' seconds (a double with sub-millisecond fractions) to a duration,
     * rounded to the nearest microsecond.
     *
     * @throws IdleSourceUnavailableException for NaN or infinity, which no working source returns
     * @return the duration, with negative values (clock adjustments) clamped to zero
     */
    public static Duration fromSeconds(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new IdleSourceUnavailableException("CGEventSourceSecondsSinceLastEventType returned " + seconds);
        }
        if (seconds <= 0) {
            return Duration.ZERO;
        }
        long whole = (long) Math.floor(seconds);
        long micros = Math.round((seconds - whole) * 1_000_000);
        return Duration.ofSeconds(whole).plusNanos(micros * 1_000);
    }

    @Override
    public String name() {
        return "macOS CGEventSource";
    }

    /** The one CoreGraphics call used here. */
    interface CoreGraphics extends Library {
        double CGEventSourceSecondsSinceLastEventType(int stateId, int eventType);
    }
}
