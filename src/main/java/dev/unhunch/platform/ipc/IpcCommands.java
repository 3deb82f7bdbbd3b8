package dev.unhunch.platform.ipc;

/**
 * The command names and argument names of protocol version 1, shared by the client and the
 * app's dispatcher. Documented in {@code docs/cli.md}.
 */
public final class IpcCommands {

    public static final String STATUS = "status";
    /**
     * {@code status --follow}: replies like {@code status}, then keeps the connection and sends one
     * more reply line each time the status line changes, and a last one when the app quits.
     */
    public static final String FOLLOW = "follow";
    /** Args: optional {@code kind}: {@code micro} or {@code long}. */
    public static final String BREAK = "break";
    public static final String STRETCH = "stretch";
    /** Args: optional {@code duration} such as {@code 10m}. */
    public static final String SNOOZE = "snooze";
    public static final String SKIP = "skip";
    /** Args: {@code mode} ({@code duration}, {@code until-tomorrow}, {@code indefinitely}) and {@code duration}. */
    public static final String PAUSE = "pause";
    public static final String RESUME = "resume";
    public static final String SETTINGS = "settings";
    public static final String STATS = "stats";
    /** Sent by a second {@code unhunch} with no command. */
    public static final String SHOW = "show";
    public static final String DIAGNOSE = "diagnose";
    public static final String QUIT = "quit";

    public static final String ARG_KIND = "kind";
    public static final String ARG_DURATION = "duration";
    public static final String ARG_MODE = "mode";
    public static final String MODE_DURATION = "duration";
    public static final String MODE_UNTIL_TOMORROW = "until-tomorrow";
    public static final String MODE_INDEFINITELY = "indefinitely";

    private IpcCommands() {
    }
}
