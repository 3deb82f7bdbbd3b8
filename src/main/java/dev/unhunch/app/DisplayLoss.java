package dev.unhunch.app;

import dev.unhunch.cli.ExitCodes;
import dev.unhunch.core.log.Log;
import dev.unhunch.platform.X11Display;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the app does when its X server goes away after start (the session ended, Xvfb was
 * stopped): log it, remove the command socket so that the next {@code unhunch} does not find a
 * stale one, flush the log and end with exit code 1. See {@link X11Display#onConnectionLost}
 * for why this halts rather than exits.
 */
final class DisplayLoss {

    private static final Log LOG = Log.of(DisplayLoss.class);

    private DisplayLoss() {
    }

    /**
     * Installs the handler; call once the single-instance lock is held (the socket is then ours).
     *
     * @param socket the command socket to remove
     * @return false where there is no Xlib
     */
    static boolean install(Path socket) {
        return X11Display.onConnectionLost(() -> lost(socket), ExitCodes.REFUSED);
    }

    /** Takes the handler back if GTK or AWT replaced it; on the engine's ticks. */
    static void reassert() {
        X11Display.reassertConnectionLostHandler();
    }

    private static void lost(Path socket) {
        LOG.warn("Lost the connection to the X server (the desktop session ended?); Unhunch ends");
        try {
            Files.deleteIfExists(socket);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remove the command socket " + socket + ": " + e);
        }
        Logging.flush();
    }
}
