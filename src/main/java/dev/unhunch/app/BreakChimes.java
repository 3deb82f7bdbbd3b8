package dev.unhunch.app;

import dev.unhunch.core.breaks.BreakEvent;
import dev.unhunch.core.breaks.BreakListener;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.platform.sound.Chime;
import dev.unhunch.platform.sound.ChimePlayer;
import java.util.function.Supplier;

/**
 * Chimes when a break starts and when it has been taken, if the {@code sounds} setting is on at
 * that moment. It runs on the engine thread and only hands the chime to the player, which plays it
 * on its own thread. A break left early, worked through, skipped or snoozed ends without a chime:
 * the user is at the keyboard then, and a chime would sound like praise.
 */
final class BreakChimes implements BreakListener {

    private final Supplier<Settings> settings;
    private final ChimePlayer player;

    BreakChimes(Supplier<Settings> settings, ChimePlayer player) {
        this.settings = settings;
        this.player = player;
    }

    @Override
    public void onEvent(BreakEvent event) {
        Chime chime = switch (event.type()) {
            case STARTED -> Chime.BREAK_START;
            case COMPLETED -> Chime.BREAK_END;
            default -> null;
        };
        if (chime != null && settings.get().sounds()) {
            player.play(chime);
        }
    }
}
