package dev.unhunch.platform.idle;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Structure;
import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import java.time.Duration;

/**
 * Idle time on Windows from {@code GetLastInputInfo} (user32) and {@code GetTickCount64}
 * (kernel32): the session's last keyboard or mouse input, as a 32-bit tick count.
 *
 * <p>{@code LASTINPUTINFO.dwTime} wraps every 2<sup>32</sup> ms (49.7 days), so the idle time is
 * the difference of the low 32 bits of both tick counts taken modulo 2<sup>32</sup>; see {@link
 * #idleMillis(long, int)}.
 */
public final class WindowsIdleSource implements IdleSource {

    /** A difference this large cannot be real idle time: input arrived after the clock was read. */
    private static final long HALF_RANGE = 1L << 31;

    private final User32 user32;
    private final Kernel32 kernel32;
    private final LastInputInfo info = new LastInputInfo();

    private WindowsIdleSource(User32 user32, Kernel32 kernel32) {
        this.user32 = user32;
        this.kernel32 = kernel32;
    }

    /**
     * Loads user32 and kernel32 and takes one reading to prove they answer.
     *
     * @throws IdleSourceUnavailableException when the libraries are missing (not Windows)
     */
    public static WindowsIdleSource open() {
        try {
            WindowsIdleSource source = new WindowsIdleSource(Native.load("user32", User32.class),
                    Native.load("kernel32", Kernel32.class));
            source.idleTime();
            return source;
        } catch (UnsatisfiedLinkError e) {
            throw new IdleSourceUnavailableException("user32/kernel32 not available: " + FailoverIdleSource.reason(e), e);
        }
    }

    @Override
    public synchronized Duration idleTime() {
        info.cbSize = info.size();
        // Input first, clock second: then the clock is never older than the input it is compared to.
        if (!user32.GetLastInputInfo(info)) {
            throw new IdleSourceUnavailableException("GetLastInputInfo failed (error "
                    + Native.getLastError() + ")");
        }
        return Duration.ofMillis(idleMillis(kernel32.GetTickCount64(), info.dwTime));
    }

    /**
     * Milliseconds between the last input and now, correct across the 49.7-day wrap of the
     * 32-bit {@code dwTime}.
     *
     * @param tickCount64 {@code GetTickCount64()}, milliseconds since boot
     * @param lastInputTick {@code LASTINPUTINFO.dwTime}, an unsigned 32-bit tick held in an int
     * @return {@code (uint32) (low 32 bits of tickCount64 - dwTime)}, or 0 when that is above
     *     2<sup>31</sup> ms (24.8 days), which only happens when input arrived between the two
     *     readings and made {@code dwTime} a few ms newer than the clock
     */
    public static long idleMillis(long tickCount64, int lastInputTick) {
        long now = tickCount64 & 0xFFFF_FFFFL;
        long last = lastInputTick & 0xFFFF_FFFFL;
        long idle = (now - last) & 0xFFFF_FFFFL;
        return idle >= HALF_RANGE ? 0 : idle;
    }

    @Override
    public String name() {
        return "Windows GetLastInputInfo";
    }

    /** user32's one call used here. */
    interface User32 extends Library {
        boolean GetLastInputInfo(LastInputInfo info);
    }

    /** kernel32's one call used here. */
    interface Kernel32 extends Library {
        long GetTickCount64();
    }

    /** {@code LASTINPUTINFO}: {@code UINT cbSize; DWORD dwTime;}. */
    @Structure.FieldOrder({"cbSize", "dwTime"})
    public static class LastInputInfo extends Structure {
        public int cbSize;
        public int dwTime;
    }
}
