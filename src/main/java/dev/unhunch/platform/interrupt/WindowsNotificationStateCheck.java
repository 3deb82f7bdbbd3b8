package dev.unhunch.platform.interrupt;

import com.sun.jna.Native;
import dev.unhunch.core.breaks.Interruption;
import java.time.Duration;

/**
 * Full screen or quiet time on Windows from {@code SHQueryUserNotificationState} (shell32, through
 * a JNA direct mapping), read as {@link NotificationState} says. One instance per reason; each
 * asks on its own (the call costs microseconds), bounded by {@link NativeCall}. Windows only.
 */
final class WindowsNotificationStateCheck implements InterruptionCheck {

    private final Interruption kind;
    private final Duration timeout;

    WindowsNotificationStateCheck(Interruption kind, Duration timeout) {
        this.kind = kind;
        this.timeout = timeout;
    }

    @Override
    public Interruption kind() {
        return kind;
    }

    @Override
    public boolean holds() throws CheckFailedException {
        return NotificationState.reason(state()) == kind;
    }

    private int state() throws CheckFailedException {
        return NativeCall.within(timeout, "SHQueryUserNotificationState", () -> {
            int[] state = new int[1];
            int hresult = Shell32.SHQueryUserNotificationState(state);
            if (hresult != 0) {
                throw new CheckFailedException("SHQueryUserNotificationState failed (HRESULT 0x"
                        + Integer.toHexString(hresult) + ")");
            }
            return state[0];
        });
    }

    @Override
    public String availability() {
        try {
            String now = NotificationState.name(state());
            return kind == Interruption.FULL_SCREEN
                    ? "available (SHQueryUserNotificationState: full screen, Direct3D, presentation settings; now " + now + ")"
                    : "available (SHQueryUserNotificationState: Windows' quiet time after a first sign-in or upgrade"
                            + " only, Focus Assist / Do not disturb has no documented API; now " + now + ")";
        } catch (CheckFailedException | LinkageError e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }

    /** shell32's one call used here, bound directly (no proxy per call). */
    static final class Shell32 {
        static {
            Native.register(Shell32.class, "shell32");
        }

        private Shell32() {
        }

        /** {@code HRESULT SHQueryUserNotificationState(QUERY_USER_NOTIFICATION_STATE *pquns)}. */
        static native int SHQueryUserNotificationState(int[] state);
    }
}
