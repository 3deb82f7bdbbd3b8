package dev.unhunch.ui.session;

import dev.unhunch.core.breaks.BreakKind;
import java.util.List;

/**
 * Learns which stretches a break showed, for the history. Called on the engine thread when the
 * break window closes, however the break ended (the engine's own events say whether it was
 * completed, snoozed or skipped). Must return quickly.
 */
@FunctionalInterface
public interface StretchesUsedListener {

    /**
     * @param kind the kind of the break
     * @param stretchIds ids of the routine's stretches in the order shown; empty if none fitted
     */
    void stretchesUsed(BreakKind kind, List<String> stretchIds);
}
