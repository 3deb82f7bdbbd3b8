package dev.unhunch.core.breaks;

/**
 * Receives every {@link BreakEvent}, on the engine thread, in order. History and statistics
 * listen here. Implementations must return quickly and not call back into the engine.
 */
@FunctionalInterface
public interface BreakListener {

    void onEvent(BreakEvent event);
}
