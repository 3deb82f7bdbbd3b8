package dev.unhunch.core.log;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A thin wrapper over {@code java.util.logging} so that call sites stay short and messages that
 * are expensive to build are only built when the level is enabled.
 */
public final class Log {

    private final Logger logger;

    private Log(Logger logger) {
        this.logger = logger;
    }

    /** The log for a class, named after it. */
    public static Log of(Class<?> owner) {
        return new Log(Logger.getLogger(owner.getName()));
    }

    public void debug(Supplier<String> message) {
        logger.logp(Level.FINE, logger.getName(), null, message);
    }

    public void info(String message) {
        logger.logp(Level.INFO, logger.getName(), null, message);
    }

    public void info(Supplier<String> message) {
        logger.logp(Level.INFO, logger.getName(), null, message);
    }

    public void warn(String message) {
        logger.logp(Level.WARNING, logger.getName(), null, message);
    }

    public void warn(String message, Throwable cause) {
        logger.logp(Level.WARNING, logger.getName(), null, message, cause);
    }

    public void error(String message, Throwable cause) {
        logger.logp(Level.SEVERE, logger.getName(), null, message, cause);
    }
}
