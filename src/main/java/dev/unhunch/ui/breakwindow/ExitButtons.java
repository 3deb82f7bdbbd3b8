package dev.unhunch.ui.breakwindow;

import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.breaks.CommandResult;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;

/**
 * The break window's ways out, each shown only when it means what it says: "End early" while the
 * stretches run, only "Done" once they are finished, only "Close" once the break is over; snooze
 * and skip while the stretches run (never for an on-demand stretch); in strict mode "Stop — this
 * hurts" instead of all but Done and Close. Use on the event dispatch thread only.
 */
final class ExitButtons {

    final JButton stop = BreakWindow.button("break.stop");
    final JButton endEarly = BreakWindow.button("break.endEarly");
    final JButton done = BreakWindow.button("break.done");
    final JButton close = BreakWindow.button("break.close");
    final JButton snooze = BreakWindow.button("break.snooze");
    final JButton skip = BreakWindow.button("break.skip");

    private final BreakActions actions;
    private final BiConsumer<String, Supplier<CommandResult>> run;

    /**
     * @param actions the engine commands behind the buttons
     * @param run carries out a command and shows a refusal in the window
     * @param closeWindow closes the window (Close)
     */
    ExitButtons(BreakActions actions, BiConsumer<String, Supplier<CommandResult>> run, Runnable closeWindow) {
        this.actions = actions;
        this.run = run;
        done.addActionListener(e -> run.accept("finish", actions::done));
        endEarly.addActionListener(e -> run.accept("end early", actions::endEarly));
        stop.addActionListener(e -> run.accept("stop", actions::stopStretching));
        close.addActionListener(e -> closeWindow.run());
        snooze.addActionListener(e -> run.accept("snooze", actions::snooze));
        skip.addActionListener(e -> run.accept("skip", actions::skip));
    }

    /** All of them, in the order they sit in the window. */
    List<JButton> all() {
        return List.of(stop, endEarly, done, close, snooze, skip);
    }

    /**
     * Shows the buttons that fit the moment.
     *
     * @param routineDone whether the stretches are finished by the engine's time
     * @param plainRest whether the user stopped the stretches
     * @param over whether the break's time ran out
     * @param shownFinished whether the window shows the end of the routine (also after Next)
     * @param setShown shows or hides one button (keeping keyboard focus safe)
     */
    void show(BreakPrompt prompt, boolean routineDone, boolean plainRest, boolean over, boolean shownFinished,
            BiConsumer<JButton, Boolean> setShown) {
        boolean strictDue = prompt.strict() && !prompt.onDemand();
        boolean running = !over && !routineDone && !plainRest;
        boolean stretching = running && !shownFinished;
        setShown.accept(close, over);
        setShown.accept(done, !over && routineDone && !strictDue);
        setShown.accept(endEarly, !over && !routineDone && !strictDue);
        setShown.accept(stop, running && prompt.strict());
        setShown.accept(snooze, stretching && prompt.maxSnoozes() > 0 && !prompt.strict() && !prompt.onDemand());
        setShown.accept(skip, stretching && prompt.canSkip());
    }

    /**
     * Esc: closes a finished window, says Done when offered, ends an on-demand stretch at no cost,
     * else snoozes when it can; in strict mode it does nothing.
     */
    void escape(BreakPrompt prompt, boolean over, Runnable closeWindow) {
        if (over) {
            closeWindow.run();
        } else if (done.isVisible()) {
            run.accept("finish", actions::done);
        } else if (prompt.onDemand() && endEarly.isVisible()) {
            run.accept("end early", actions::endEarly);
        } else if (snooze.isVisible() && snooze.isEnabled()) {
            run.accept("snooze", actions::snooze);
        }
    }

    /** Names of the visible buttons, in order, added to {@code names}. */
    void visibleNames(Consumer<String> names) {
        for (JButton b : all()) {
            if (b.isVisible()) {
                names.accept(b.getName());
            }
        }
    }
}
