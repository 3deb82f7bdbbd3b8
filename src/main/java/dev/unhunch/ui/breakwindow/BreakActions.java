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

    /** The user finished the running break's stretches (engine {@code finishBreak}). */
    CommandResult done();

    /** The user leaves the running break before its stretches are finished (engine {@code endBreakEarly}). */
    CommandResult endEarly();

    /** "Stop — this hurts": the break goes on as a plain rest (engine {@code stopStretching}). */
    CommandResult stopStretching();

    /** Another routine of this length starts now in the running break (engine {@code restartRoutine}). */
    CommandResult restartRoutine(java.time.Duration routineLength);

    /** Start a quick chair stretch as a micro break (engine {@code breakNow(MICRO)}). */
    CommandResult stretchNow(java.time.Duration length);
}
