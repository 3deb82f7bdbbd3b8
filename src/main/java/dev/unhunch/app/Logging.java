package dev.unhunch.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends {@code java.util.logging} (and, through slf4j-jdk14, SystemTray's SLF4J logs) to a
 * rotating file in the state directory, private to the user from the first line (see
 * {@link PrivateLogFile}). Standard error only gets warnings, so a tray app started
 * from a terminal stays quiet.
 */
final class Logging {

    /** Bytes in one log file before it is moved to {@code unhunch1.log}. */
    static final long LIMIT = 1_000_000;
    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s [%3$s] %5$s%6$s%n";

    private Logging() {
    }

    /** Returns the log file in use, or null when the file could not be opened. */
    static Path configure(Path stateDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        Handler console = new java.util.logging.ConsoleHandler();
        console.setLevel(Level.WARNING);
        root.addHandler(console);
        try {
            PrivateLogFile file = new PrivateLogFile(stateDir, LIMIT);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.ALL);
            root.addHandler(file);
            return file.file();
        } catch (IOException | RuntimeException e) {
            root.warning("Cannot write the log file in " + stateDir + ": " + e.getMessage());
            return null;
        }
    }

    /** Writes out what the log handlers hold; for an end that skips the shutdown hooks. */
    static void flush() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            try {
                h.flush();
            } catch (RuntimeException e) {
                // the process is ending; nothing more to do about a log that cannot be written
            }
        }
    }
}
