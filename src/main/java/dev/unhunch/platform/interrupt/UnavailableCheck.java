package dev.unhunch.platform.interrupt;

import dev.unhunch.core.breaks.Interruption;

/**
 * A check this operating system cannot answer (no public API): it never holds, and --diagnose
 * says why. Keeps the reason next to the other checks instead of a silent gap.
 */
final class UnavailableCheck implements InterruptionCheck {

    private final Interruption kind;
    private final String why;

    UnavailableCheck(Interruption kind, String why) {
        this.kind = kind;
        this.why = why;
    }

    @Override
    public Interruption kind() {
        return kind;
    }

    @Override
    public boolean holds() {
        return false;
    }

    @Override
    public String availability() {
        return "unavailable (" + why + ")";
    }
}
