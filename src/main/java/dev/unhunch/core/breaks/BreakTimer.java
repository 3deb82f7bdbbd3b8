package dev.unhunch.core.breaks;

import dev.unhunch.core.settings.BreakSettings;
import java.time.Duration;

/**
 * The active-time budget of one break kind.
 *
 * <p>Active time accrues through {@link #addActive}; the break is due when it reaches the due
 * point (the interval, pushed further by each snooze). Rest of at least the break's length is a
 * natural break and resets the budget; shorter rest only pauses it (nothing accrues while idle).
 */
public final class BreakTimer {

    private final BreakKind kind;
    private BreakSettings settings;
    private Duration active = Duration.ZERO;
    private Duration dueAt;
    private int snoozes;

    public BreakTimer(BreakKind kind, BreakSettings settings) {
        this.kind = kind;
        this.settings = settings;
        this.dueAt = settings.interval();
    }

    public BreakKind kind() {
        return kind;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** The break's length. */
    public Duration length() {
        return settings.length();
    }

    /** Active time counted since the last reset. */
    public Duration active() {
        return active;
    }

    /** Snoozes used on the current break. */
    public int snoozes() {
        return snoozes;
    }

    /** Active time still to go until the break is due (zero when due). */
    public Duration remaining() {
        Duration r = dueAt.minus(active);
        return r.isNegative() ? Duration.ZERO : r;
    }

    /** Counts active time. */
    public void addActive(Duration delta) {
        active = active.plus(delta);
    }

    /**
     * Applies the natural-break rule.
     *
     * @return true when {@code rest} reached the break's length and there was a budget to reset
     */
    public boolean rest(Duration rest) {
        if (rest.compareTo(settings.length()) >= 0 && (active.compareTo(Duration.ZERO) > 0 || snoozes > 0)) {
            reset();
            return true;
        }
        return false;
    }

    /** Postpones the break by {@code by} of further active time and counts the snooze. */
    public void snooze(Duration by) {
        dueAt = active.plus(by);
        snoozes++;
    }

    /** Starts a fresh budget (break taken, skipped or rested naturally). */
    public void reset() {
        active = Duration.ZERO;
        dueAt = settings.interval();
        snoozes = 0;
    }

    /**
     * Adopts new settings and keeps the active time counted so far; a snoozed due point stays, an
     * unsnoozed one moves to the new interval (which may make the break due at once).
     */
    public void update(BreakSettings newSettings) {
        if (snoozes == 0) {
            dueAt = newSettings.interval();
        }
        settings = newSettings;
    }
}
