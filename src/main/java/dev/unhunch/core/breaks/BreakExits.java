package dev.unhunch.core.breaks;

import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.DurationText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a notice or break on screen goes away, and the running break's countdown that decides it.
 * The user snoozes or skips it, or a break ends as one of:
 * <ul>
 *   <li>{@link BreakEventType#COMPLETED}: its time ran out, or the user pressed Done after the
 *       stretches were finished (note {@code done}); {@code stopped} is added to the note when
 *       the user stopped the stretches and rested instead. The budget is reset.</li>
 *   <li>{@link BreakEventType#ENDED_EARLY}: the user left before the stretches were finished. The
 *       budget is reset as for a taken break, except for an on-demand stretch (note
 *       {@code on-demand}), which costs nothing.</li>
 *   <li>{@link BreakEventType#WORKED_THROUGH}: the user's input held the break for as long as the
 *       break itself lasts (they kept working instead of resting); the engine gives up on it,
 *       closes it and resets the budget, so that it is not offered again at once.</li>
 * </ul>
 * Stopping the stretches or swapping in another routine changes how the break may end (the note
 * {@code stopped}; when Done is allowed), so those commands are here too. Rest that ends a shown
 * break (sleep, a gentle notice rested away) is the {@link BreakEngine}'s natural-break rule.
 *
 * <p>Commands get the engine's current stage and refuse, with a reason, what it does not allow.
 * Not thread-safe: engine thread only.
 */
final class BreakExits {

    private static final Log LOG = Log.of(BreakExits.class);

    private final Clock clock;
    private final BreakUi ui;
    private final BreakEvents events;
    private final Budgets budgets;
    private final Countdown countdown;
    private final Deferral deferral;
    private final Supplier<Settings> settings;
    private final StageChange stages;

    BreakExits(Clock clock, BreakUi ui, BreakEvents events, Budgets budgets, Countdown countdown,
            Deferral deferral, Supplier<Settings> settings, StageChange stages) {
        this.clock = clock;
        this.ui = ui;
        this.events = events;
        this.budgets = budgets;
        this.countdown = countdown;
        this.deferral = deferral;
        this.settings = settings;
        this.stages = stages;
    }

    /** One tick of the running break: held by input, worked through, completed, or counting down. */
    void breakTick(long t, Instant wall, Duration idle, Duration quietToResume) {
        BreakKind kind = countdown.kind();
        if (countdown.stepBreak(t, idle, quietToResume)) {
            ui.activityDuringBreak(kind, countdown.breakLeft());
        }
        BreakTime time = countdown.breakTime();
        if (countdown.workedThrough()) {
            end(BreakEventType.WORKED_THROUGH, note(""), true, "worked through");
        } else if (countdown.breakOver()) {
            events.emit(BreakEventType.COMPLETED, wall, kind, budgets.timer(kind), note(""));
            budgets.resetFor(kind);
            stages.goTo(BreakStage.COUNTING, kind.word() + " break completed");
            ui.breakOver(time);
        } else {
            ui.updateBreak(time);
        }
    }

    /** See {@link BreakEngine#snooze(Duration)}. */
    CommandResult snooze(Duration length, BreakStage stage) {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            return CommandResult.refused("a snooze must be longer than zero");
        }
        if (length.compareTo(PauseRequest.LONGEST) > 0) {
            return CommandResult.refused("a snooze can be at most " + DurationText.format(PauseRequest.LONGEST));
        }
        if (stage != BreakStage.NOTICE && stage != BreakStage.BREAK) {
            return CommandResult.refused("no break to snooze (" + describe(stage) + ")");
        }
        Settings s = settings.get();
        if (s.strictMode() && !deferral.gentle()) {
            return CommandResult.refused("strict mode is on: breaks cannot be snoozed");
        }
        BreakKind kind = countdown.kind();
        BreakTimer timer = budgets.timer(kind);
        if (timer.snoozes() >= s.maxSnoozes()) {
            return CommandResult.refused("snooze limit reached (" + timer.snoozes() + " of " + s.maxSnoozes() + ")");
        }
        timer.snooze(length);
        events.emit(BreakEventType.SNOOZED, clock.instant(), kind, timer, "");
        ui.hide();
        stages.goTo(BreakStage.COUNTING, kind.word() + " break snoozed");
        return CommandResult.ok(kind.word() + " break snoozed for " + DurationText.format(length)
                + " (" + timer.snoozes() + " of " + s.maxSnoozes() + ")");
    }

    /** See {@link BreakEngine#skip()}. */
    CommandResult skip(BreakStage stage) {
        if (stage != BreakStage.NOTICE && stage != BreakStage.BREAK) {
            return CommandResult.refused("no break to skip (" + describe(stage) + ")");
        }
        if (settings.get().strictMode() && !deferral.gentle()) {
            return CommandResult.refused("strict mode is on: breaks cannot be skipped");
        }
        BreakKind kind = countdown.kind();
        events.emit(BreakEventType.SKIPPED, clock.instant(), kind, budgets.timer(kind), "");
        budgets.resetFor(kind);
        ui.hide();
        stages.goTo(BreakStage.COUNTING, kind.word() + " break skipped");
        return CommandResult.ok(kind.word() + " break skipped");
    }

    /** See {@link BreakEngine#finishBreak()}. */
    CommandResult finish(BreakStage stage) {
        if (stage != BreakStage.BREAK) {
            return notRunning(stage);
        }
        if (settings.get().strictMode() && !countdown.onDemand()) {
            return CommandResult.refused("strict mode is on: the break ends by itself");
        }
        if (!countdown.breakTime().routineDone()) {
            return CommandResult.refused("the stretches are not finished yet");
        }
        end(BreakEventType.COMPLETED, note("done"), true, "done");
        return CommandResult.ok(countdown.kind().word() + " break done");
    }

    /** See {@link BreakEngine#endBreakEarly()}. */
    CommandResult endEarly(BreakStage stage) {
        if (stage != BreakStage.BREAK) {
            return notRunning(stage);
        }
        boolean onDemand = countdown.onDemand();
        if (settings.get().strictMode() && !onDemand) {
            return CommandResult.refused("strict mode is on: the break ends by itself");
        }
        end(BreakEventType.ENDED_EARLY, note(onDemand ? BreakStarts.ON_DEMAND : ""), !onDemand, "ended early");
        return CommandResult.ok(countdown.kind().word() + " break ended early");
    }

    /** See {@link BreakEngine#stopStretching()}. */
    CommandResult stopStretching(BreakStage stage) {
        if (stage != BreakStage.BREAK) {
            return notRunning(stage);
        }
        countdown.stopStretching();
        LOG.info(() -> countdown.kind().word() + " break: stretches stopped, resting instead");
        ui.updateBreak(countdown.breakTime());
        return CommandResult.ok("stretches stopped; the break goes on as a rest");
    }

    /** See {@link BreakEngine#restartRoutine(Duration)}. */
    CommandResult restartRoutine(Duration routineLength, BreakStage stage) {
        Objects.requireNonNull(routineLength, "routineLength");
        if (stage != BreakStage.BREAK) {
            return notRunning(stage);
        }
        countdown.restartRoutine(routineLength);
        ui.updateBreak(countdown.breakTime());
        return CommandResult.ok(countdown.kind().word() + " break routine restarted");
    }

    /** Ends the running break with an outcome the user chose or worked into; the window closes. */
    private void end(BreakEventType outcome, String note, boolean resetBudget, String why) {
        BreakKind kind = countdown.kind();
        events.emit(outcome, clock.instant(), kind, budgets.timer(kind), note);
        if (resetBudget) {
            budgets.resetFor(kind);
        }
        ui.hide();
        stages.goTo(BreakStage.COUNTING, kind.word() + " break " + why);
    }

    /** An event note, with {@code stopped} added when the user stopped the stretches. */
    private String note(String note) {
        if (!countdown.plainRest()) {
            return note;
        }
        return note.isEmpty() ? "stopped" : note + " stopped";
    }

    private static CommandResult notRunning(BreakStage stage) {
        return CommandResult.refused("no break is running (" + describe(stage) + ")");
    }

    private static String describe(BreakStage stage) {
        return switch (stage) {
            case COUNTING -> "no break is due";
            case PAUSED -> "breaks are paused";
            case OUTSIDE_HOURS -> "outside working hours";
            default -> stage.name().toLowerCase(Locale.ROOT);
        };
    }
}
