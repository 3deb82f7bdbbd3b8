package dev.unhunch.core.breaks;

/**
 * How the engine's parts change its stage: through the engine's one {@code goTo}, which also ends
 * a "don't interrupt" offer and logs the change with its reason.
 */
@FunctionalInterface
interface StageChange {

    /** Moves the engine to {@code next}; {@code reason} is logged. */
    void goTo(BreakStage next, String reason);
}
