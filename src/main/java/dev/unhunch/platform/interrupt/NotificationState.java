package dev.unhunch.platform.interrupt;

import dev.unhunch.core.breaks.Interruption;

/**
 * What Windows' {@code SHQueryUserNotificationState} (shell32) answers, and what it means for a
 * break. The pure mapping lives here; {@link WindowsNotificationStateCheck} makes the call.
 */
final class NotificationState {

    /** A screen saver, a locked machine or another user's session: idle detection covers it. */
    static final int QUNS_NOT_PRESENT = 1;
    /** A full-screen program runs, or presentation settings are on. */
    static final int QUNS_BUSY = 2;
    /** A full-screen (exclusive mode) Direct3D program runs: a game or a video. */
    static final int QUNS_RUNNING_D3D_FULL_SCREEN = 3;
    /** The user turned on Windows presentation settings. */
    static final int QUNS_PRESENTATION_MODE = 4;
    /** Nothing stands against a notification. */
    static final int QUNS_ACCEPTS_NOTIFICATIONS = 5;
    /**
     * Windows' "quiet time": the first hour after a user's first sign-in and after an upgrade or
     * clean install. Not Focus Assist (Windows 10) or Do not disturb (Windows 11), which this call
     * does not report.
     */
    static final int QUNS_QUIET_TIME = 6;
    /** A Store app runs (Windows 8): says nothing about full screen. */
    static final int QUNS_APP = 7;

    private NotificationState() {
    }

    /** The reason {@code state} gives a break to wait, or null when it gives none. */
    static Interruption reason(int state) {
        return switch (state) {
            case QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE -> Interruption.FULL_SCREEN;
            case QUNS_QUIET_TIME -> Interruption.DO_NOT_DISTURB;
            default -> null;
        };
    }

    /** The constant's name, for logs and --diagnose. */
    static String name(int state) {
        return switch (state) {
            case QUNS_NOT_PRESENT -> "QUNS_NOT_PRESENT";
            case QUNS_BUSY -> "QUNS_BUSY";
            case QUNS_RUNNING_D3D_FULL_SCREEN -> "QUNS_RUNNING_D3D_FULL_SCREEN";
            case QUNS_PRESENTATION_MODE -> "QUNS_PRESENTATION_MODE";
            case QUNS_ACCEPTS_NOTIFICATIONS -> "QUNS_ACCEPTS_NOTIFICATIONS";
            case QUNS_QUIET_TIME -> "QUNS_QUIET_TIME";
            case QUNS_APP -> "QUNS_APP";
            default -> "unknown state " + state;
        };
    }
}
