package dev.unhunch.core.breaks;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a break comes on screen: offered with a notice when it is due (gently after the longest
 * "don't interrupt" wait), started when its notice runs out, or started at once because the user
 * asked ("take now", the quick chair stretch). The {@link BreakEngine} decides <em>when</em>;
 * this class shows the notice or break, records it and moves the engine to its stage.
 *
 * <p>Commands get the engine's current stage and refuse, with a reason, what it does not allow.
 * Not thread-safe: engine thread only.
 */
final class BreakStarts {

    /** The notice of a gentle offer when notices are switched off. */
    private static final Duration GENTLE_NOTICE = Duration.ofSeconds(15);
    /** The trigger (event note) of a break asked for rather than offered. */
    static final String ON_DEMAND = "on-demand";

    private final BreakUi ui;
    private final BreakEvents events;
    private final Budgets budgets;
    private final Countdown countdown;
    private final Deferral deferral;
    private final Supplier<Settings> settings;
    private final StageChange stages;

    BreakStarts(BreakUi ui, BreakEvents events, Budgets budgets, Countdown countdown, Deferral deferral,
            Supplier<Settings> settings, StageChange stages) {
        this.ui = ui;
        this.events = events;
        this.budgets = budgets;
        this.countdown = countdown;
        this.deferral = deferral;
        this.settings = settings;
        this.stages = stages;
    }

    /** Offers the due break: a notice, or the break at once when there is no notice. */
    void offer(BreakKind kind, long t, Instant wall) {
        BreakTimer timer = budgets.timer(kind);
        planShown(kind, timer.length(), false);
        Interruption after = deferral.offeredAfter();
        events.emit(BreakEventType.OFFERED, wall, kind, timer,
                after == null ? "" : (deferral.gentle() ? "gently after " : "after ") + after.id());
        // the break starts when the budget would run out at the current pace
        Duration notice = timer.remaining().isZero() ? settings.get().noticeLength() : timer.remaining();
        if (deferral.gentle() && notice.isZero()) {
            notice = GENTLE_NOTICE; // a gentle offer is a notice, also with notices switched off
        }
        if (notice.isZero()) {
            start(kind, t, wall, "due");
            return;
        }
        countdown.startNotice(kind, t, notice);
        stages.goTo(BreakStage.NOTICE, kind.word() + " break due in " + DurationText.format(notice));
        ui.showNotice(prompt(kind, notice, timer.length(), false));
    }

    /** Starts the break of {@code kind} at its configured length; {@code trigger} says why, for the record. */
    void start(BreakKind kind, long t, Instant wall, String trigger) {
        start(kind, t, wall, trigger, budgets.timer(kind).length(), false);
    }

    /**
     * One tick of the notice: the break starts when the notice runs out or the user pauses for
     * {@code earlyStartPause}; a gentle offer never starts by itself.
     *
     * @param idle the idle reading of this tick
     */
    void noticeTick(long t, Instant wall, Duration idle, Duration earlyStartPause) {
        Duration left = countdown.noticeLeft(t);
        BreakKind kind = countdown.kind();
        if (!deferral.gentle() && left.isZero()) {
            start(kind, t, wall, "due");
        } else if (!deferral.gentle() && countdown.pauseDuringNotice(t, idle).compareTo(earlyStartPause) >= 0) {
            start(kind, t, wall, "early");
        } else {
            ui.updateCountdown(BreakStage.NOTICE, kind, left);
        }
    }

    /** See {@link BreakEngine#takeNow()}. */
    CommandResult takeNow(BreakStage stage, long t, Instant wall) {
        if (stage == BreakStage.NOTICE) {
            BreakKind kind = countdown.kind();
            start(kind, t, wall, "now");
            return CommandResult.ok(kind.word() + " break started");
        }
        return breakNow(budgets.soonest(), stage, t, wall);
    }

    /** See {@link BreakEngine#breakNow(BreakKind)}. */
    CommandResult breakNow(BreakKind kind, BreakStage stage, long t, Instant wall) {
        Objects.requireNonNull(kind, "kind");
        CommandResult refused = refuseOnDemand(stage);
        if (refused != null) {
            return refused;
        }
        if (kind == BreakKind.LONG && !settings.get().longBreak().enabled()) {
            return CommandResult.refused("long breaks are switched off; switch them on in Preferences to take one");
        }
        if (stage == BreakStage.NOTICE && countdown.kind() == kind) {
            return takeNow(stage, t, wall); // the break on offer, taken now: not an extra one
        }
        start(kind, t, wall, ON_DEMAND, budgets.timer(kind).length(), false);
        return CommandResult.ok(kind.word() + " break started");
    }

    /** See {@link BreakEngine#breakNow(BreakKind, Duration)}. */
    CommandResult breakNow(BreakKind kind, Duration length, BreakStage stage, long t, Instant wall) {
        Objects.requireNonNull(kind, "kind");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a break must be longer than zero, was " + length);
        }
        CommandResult refused = refuseOnDemand(stage);
        if (refused != null) {
            return refused;
        }
        start(kind, t, wall, ON_DEMAND, length, true);
        return CommandResult.ok(kind.word() + " break started");
    }

    private CommandResult refuseOnDemand(BreakStage stage) {
        if (stage == BreakStage.PAUSED) {
            return CommandResult.refused("breaks are paused; resume first");
        }
        if (stage == BreakStage.BREAK) {
            return CommandResult.refused("a " + countdown.kind().word() + " break is already running");
        }
        return null;
    }

    private void start(BreakKind kind, long t, Instant wall, String trigger, Duration length, boolean onDemand) {
        BreakPrompt prompt = prompt(kind, length, length, onDemand);
        Duration routine = ui.routineLength(prompt);
        // a break the user started by a click or key press is not held by that input
        boolean byCommand = trigger.equals("now") || trigger.equals(ON_DEMAND);
        countdown.startBreak(kind, onDemand, t, length, routine == null || routine.isZero() ? length : routine,
                byCommand ? Countdown.START_GRACE : Duration.ZERO);
        // for the history, any break the user asked for is an extra one, also a full-length one
        // that can still be snoozed or skipped (a break taken now while none was offered)
        planShown(kind, length, onDemand || ON_DEMAND.equals(trigger));
        events.emit(BreakEventType.STARTED, wall, kind, budgets.timer(kind), trigger);
        stages.goTo(BreakStage.BREAK, kind.word() + " break started (" + trigger + ")");
        ui.showBreak(prompt);
    }

    private BreakPrompt prompt(BreakKind kind, Duration left, Duration length, boolean onDemand) {
        Settings s = settings.get();
        boolean gentle = deferral.gentle();
        return new BreakPrompt(kind, left, length, budgets.timer(kind).snoozes(), s.maxSnoozes(),
                s.strictMode() && !gentle, onDemand, deferral.offeredAfter(), gentle);
    }

    private void planShown(BreakKind kind, Duration length, boolean onDemand) {
        events.planShown(ui, kind, length, onDemand);
    }
}
