package dev.unhunch.cli;

import dev.unhunch.platform.ipc.IpcReply;

/** The process exit codes of {@code unhunch}, listed in {@code --help} and docs/cli.md. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The app refused or failed the command; the reason is printed. */
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    /** Only when starting the app. */
    public static final int NO_DISPLAY = 3;
    public static final int NOT_RUNNING = 4;

    static final String HELP_OK = "0:ok";
    static final String HELP_REFUSED = "1:command refused or failed; the reason is printed (e.g. snooze limit reached)";
    static final String HELP_USAGE = "2:usage error (unknown command or option, bad value)";
    static final String HELP_NO_DISPLAY = "3:no graphical display (starting the app only)";
    static final String HELP_NOT_RUNNING = "4:Unhunch is not running";

    private ExitCodes() {
    }

    /** The exit code for a reply from the running app (or made up by the client). */
    public static int of(IpcReply reply) {
        if (reply.ok()) {
            return OK;
        }
        return IpcReply.ERROR_NOT_RUNNING.equals(reply.error()) ? NOT_RUNNING : REFUSED;
    }
}
