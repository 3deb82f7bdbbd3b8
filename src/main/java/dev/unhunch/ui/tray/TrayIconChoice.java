package dev.unhunch.ui.tray;

import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.EngineSnapshot;
import dev.unhunch.ui.icons.TrayIconState;
import java.time.Duration;

/**
 * Which tray icon tells the engine's state at a glance: paused, in a break, a break coming (a
 * ring filling over the last minutes before it) or the plain mark. Progress is rounded to
 * sixteenths so the icon is redrawn a few times per approach, not on every beat.
 *
 * @param state the icon
 * @param progress for {@link TrayIconState#DUE_SOON}, how full the ring is (0 to 1); else 0
 */
public record TrayIconChoice(TrayIconState state, double progress) {

    /** How long before a break the ring starts to fill. */
    public static final Duration DUE_SOON = Duration.ofMinutes(5);
    private static final int STEPS = 16;

    /** The icon for a snapshot. */
    public static TrayIconChoice of(EngineSnapshot snapshot) {
        if (snapshot.paused() || snapshot.stage() == BreakStage.PAUSED) {
            return new TrayIconChoice(TrayIconState.PAUSED, 0);
        }
        if (snapshot.stage() == BreakStage.BREAK) {
            return new TrayIconChoice(TrayIconState.IN_BREAK, 0);
        }
        if (snapshot.stage() == BreakStage.NOTICE) {
            return new TrayIconChoice(TrayIconState.DUE_SOON, 1);
        }
        Duration next = earliest(snapshot.untilMicro(), snapshot.untilLong());
        if (snapshot.stage() != BreakStage.COUNTING || next == null || next.compareTo(DUE_SOON) > 0) {
            return new TrayIconChoice(TrayIconState.NORMAL, 0);
        }
        double filled = 1.0 - (double) next.toMillis() / DUE_SOON.toMillis();
        return new TrayIconChoice(TrayIconState.DUE_SOON, Math.floor(filled * STEPS) / STEPS);
    }

    private static Duration earliest(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
