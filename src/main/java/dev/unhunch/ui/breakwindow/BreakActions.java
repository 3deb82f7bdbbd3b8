package dev.unhunch.ui.breakwindow;

import dev.unhunch.core.breaks.CommandResult;

/**
 * What the notice and the break window can ask of the break engine. The app wires each method
 * to the engine command of the same meaning; the windows call them on the event dispatch thread
 * and show a refusal's reason in the window.
 */
public interface BreakActions {

    /** Start the offered break now (engine {@code takeNow}). */
    CommandResult startNow();

    /** Postpone the offered or running break by the snooze length. */
    CommandResult snooze();

    /** Skip the offered or running break. */
    CommandResult skip();

    /** The user finished the running break (engine {@code finishBreak}). */
    CommandResult done();

    /** Start a quick chair stretch as a micro break (engine {@code breakNow(MICRO)}). */
    CommandResult stretchNow();
}
