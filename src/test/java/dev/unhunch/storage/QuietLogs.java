package dev.unhunch.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps expected warnings (bad values, broken files: what the tests provoke) off the console so
 * that {@code mvn -q test} prints only failures.
 */
public final class QuietLogs {

    private static final List<Logger> HELD = new ArrayList<>(); // loggers are weakly referenced

    private QuietLogs() {
    }

    /** Raises the storage loggers to SEVERE for the rest of the test run. */
    public static synchronized void storage() {
        for (String name : List.of("dev.unhunch.storage", "dev.unhunch.core.log")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.SEVERE);
            HELD.add(logger);
        }
    }
}
