package dev.unhunch.core.breaks;

import dev.unhunch.core.settings.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The micro and long budgets together, with the rules that join them: the long break wins when
 * both are due, and taking, skipping or resting a long break resets the micro budget too.
 */
final class Budgets {

    /** A budget that the rest just reset, with what it held before. */
    record Natural(BreakKind kind, Duration active, int snoozes, boolean enabled) {
    }

    private final BreakTimer micro;
    private final BreakTimer longTimer;

    Budgets(Settings settings) {
        micro = new BreakTimer(BreakKind.MICRO, settings.micro());
        longTimer = new BreakTimer(BreakKind.LONG, settings.longBreak());
    }

    BreakTimer timer(BreakKind kind) {
        return kind == BreakKind.MICRO ? micro : longTimer;
    }

    void addActive(Duration delta) {
        micro.addActive(delta);
        longTimer.addActive(delta);
    }

    void update(Settings settings) {
        micro.update(settings.micro());
        longTimer.update(settings.longBreak());
    }

    /** Applies the natural-break rule to both budgets and returns those it reset. */
    List<Natural> rest(Duration rest) {
        Natural m = new Natural(BreakKind.MICRO, micro.active(), micro.snoozes(), micro.enabled());
        Natural l = new Natural(BreakKind.LONG, longTimer.active(), longTimer.snoozes(), longTimer.enabled());
        boolean microNatural = micro.rest(rest);
        boolean longNatural = longTimer.rest(rest);
        if (!microNatural && !longNatural) {
            return List.of();
        }
        List<Natural> out = new ArrayList<>(2);
        if (microNatural) {
            out.add(m);
        }
        if (longNatural) {
            micro.reset();
            out.add(l);
        }
        return out;
    }

    /** The kind to offer now, if any: a budget within {@code notice} of its due point. */
    BreakKind due(Duration notice) {
        if (longTimer.enabled() && longTimer.remaining().compareTo(notice) <= 0) {
            return BreakKind.LONG;
        }
        return micro.enabled() && micro.remaining().compareTo(notice) <= 0 ? BreakKind.MICRO : null;
    }

    /** The enabled kind due soonest (long on a tie); micro when both are off. */
    BreakKind soonest() {
        if (longTimer.enabled() && (!micro.enabled() || longTimer.remaining().compareTo(micro.remaining()) <= 0)) {
            return BreakKind.LONG;
        }
        return BreakKind.MICRO;
    }

    /** A break of {@code kind} was taken or skipped. */
    void resetFor(BreakKind kind) {
        timer(kind).reset();
        if (kind == BreakKind.LONG) {
            micro.reset();
        }
    }
}
