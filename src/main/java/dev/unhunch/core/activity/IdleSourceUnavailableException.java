package dev.unhunch.core.activity;

/** Thrown by an {@link IdleSource} that can no longer report idle time. */
public class IdleSourceUnavailableException extends RuntimeException {

    public IdleSourceUnavailableException(String message) {
        super(message);
    }

    public IdleSourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
