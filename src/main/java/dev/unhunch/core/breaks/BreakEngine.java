package dev.unhunch.core.breaks;

import dev.unhunch.core.activity.ActivityMonitor;
import dev.unhunch.core.activity.ActivityReading;
import dev.unhunch.core.activity.ActivityState;
import dev.unhunch.core.activity.ClockJumpDetector;
import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.DurationText;
import dev.unhunch.core.time.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * The break state machine: counts active time towards micro and long breaks, shows notices and
 * breaks through {@link BreakUi}, takes user commands and reports {@link BreakEvent}s.
 *
 * <p>Time comes only from the injected {@link Ticker} (elapsed time, monotonic) and
 * {@link Clock} (calendar rules: working hours, "until tomorrow", daily limit). The engine owns
 * no threads: one heartbeat calls {@link #tick(Duration)} and may sleep for
 * {@link #suggestedNextTick()} in between; commands are plain calls on the same thread. Every
 * stage change goes through one method, {@code goTo}, which logs it.
 *
 * <p>Elapsed time is measured on a timeline of monotonic time plus detected sleep, so that a
 * timed pause keeps running while the machine sleeps and a sleep counts as rest.
 *
 * <p>The engine is the one clock of a running break ({@link BreakTime}): it knows the length the
 * break runs, how much of it was taken and when its stretches are finished, and hands all of it to
 * the window. Input holds the break ({@link #QUIET_TO_RESUME}). A break ends as one of:
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
 *
 * <p>Not thread-safe: call every method, queries included, on the engine thread.
 */
public final class BreakEngine {

    /** A pause in input at least this long during a notice starts the break early. */
    public static final Duration EARLY_START_PAUSE = Duration.ofSeconds(2);
    /** The longest {@link #suggestedNextTick()}. */
    public static final Duration MAX_TICK = Duration.ofSeconds(30);
    /** The shortest {@link #suggestedNextTick()} while a notice or break is showing. */
    public static final Duration SHOWING_TICK = Duration.ofSeconds(1);
    /**
     * A break holds while the user works: its time counts again this long after the last input,
     * so that a key pressed every few seconds keeps it held.
     */
    public static final Duration QUIET_TO_RESUME = Duration.ofSeconds(2);

    private static final Log LOG = Log.of(BreakEngine.class);
    /** The notice of a gentle offer when notices are switched off. */
    private static final Duration GENTLE_NOTICE = Duration.ofSeconds(15);
    /** The trigger (event note) of a break asked for rather than offered. */
    private static final String ON_DEMAND = "on-demand";

    private final Ticker ticker;
    private final Clock clock;
    private final BreakUi ui;
    private final BreakEvents events;
    private final ClockJumpDetector jumps = new ClockJumpDetector();
    private final ActivityMonitor monitor;
    private final Budgets budgets;
    private final Countdown countdown = new Countdown();
    private final DailyCounter daily = new DailyCounter();
    private final Pause pause = new Pause();
    private final CalendarCache calendar = new CalendarCache();
    private final Deferral deferral = new Deferral(InterruptionProbe.none());
    private Settings settings;

    private BreakStage stage = BreakStage.COUNTING;
    private long sleepOffset;
    /** Set during {@link #tickOnInput}: the reading dates the first input after idleness. */
    private boolean inputJustResumed;
    private long lastT;
    private Instant lastWall;
    private Duration lastIdle = Duration.ZERO;
    private boolean withinHours = true;

    /**
     * @param ticker monotonic elapsed time
     * @param clock wall time with the user's zone, for calendar rules
     * @param settings initial settings (valid, e.g. from {@code SettingsCodec.decode})
     * @param ui where notices and breaks are shown
     * @param listeners receivers of the event stream (history)
     */
    public BreakEngine(Ticker ticker, Clock clock, Settings settings, BreakUi ui, BreakListener... listeners) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.events = new BreakEvents(listeners);
        this.monitor = new ActivityMonitor(settings.activity());
        this.budgets = new Budgets(settings);
        this.lastT = ticker.nanos();
        this.lastWall = clock.instant();
    }

    /** Adds a receiver of the event stream. */
    public void addListener(BreakListener listener) {
        events.add(listener);
    }

    /**
     * Asks {@code probe} before a due break is offered whether it would interrupt a call, a
     * presentation or do-not-disturb ({@link Deferral}); without one, breaks never wait.
     */
    public void useInterruptionProbe(InterruptionProbe probe) {
        deferral.use(probe);
    }

    /** The current settings. */
    public Settings settings() {
        return settings;
    }

    /** The current stage. */
    public BreakStage stage() {
        return stage;
    }

    // ---- heartbeat ---------------------------------------------------------------------------

    /** One heartbeat: reads the ticker and clock once and advances the engine. */
    public void tick(Duration idle) {
        tick(ticker.nanos(), clock.instant(), idle);
    }

    /**
     * One heartbeat with "now" read by the caller.
     *
     * @param nowNanos the ticker's reading
     * @param wallNow the clock's reading at the same moment
     * @param idle the idle source's reading (time since the last input)
     */
    public void tick(long nowNanos, Instant wallNow, Duration idle) {
        Duration slept = jumps.observe(nowNanos, wallNow);
        sleepOffset += slept.toNanos();
        long t = nowNanos + sleepOffset;
        lastT = t;
        lastWall = wallNow;
        lastIdle = idle.isNegative() ? Duration.ZERO : idle;
        if (!slept.isZero()) {
            LOG.info(() -> "wall clock ran " + DurationText.format(slept) + " ahead of elapsed time: counted as rest");
            rest(t, wallNow, slept, "sleep");
            monitor.forceIdle(t);
        }
        ActivityReading reading = monitor.observe(t, lastIdle, inputJustResumed);
        if (showing() && reading.restFor().compareTo(lastIdle) > 0) {
            // a tick gap the monitor would not vouch for: a stalled heartbeat, or a sleep that
            // monotonic time did include (so the wall clock showed no jump)
            rest(t, wallNow, reading.restFor(), "gap");
        }
        ZonedDateTime local = calendar.at(wallNow, clock.getZone());
        daily.rollTo(local.toLocalDate());
        withinHours = calendar.withinHours(settings.workingHours());

        // activity before a pause or working hours ended belongs to the time that did not count
        boolean countsFromNow = stage == BreakStage.PAUSED || stage == BreakStage.OUTSIDE_HOURS;
        if (stage == BreakStage.PAUSED) {
            if (!pause.over(t, wallNow)) {
                applyRest(reading.restFor(), wallNow, false, "");
                return;
            }
            endPause(wallNow, "pause over");
        }
        if (!withinHours) {
            if (stage != BreakStage.OUTSIDE_HOURS) {
                hideIfShowing();
                goTo(BreakStage.OUTSIDE_HOURS, "outside working hours at " + local.toLocalTime());
            }
            applyRest(reading.restFor(), wallNow, false, "");
            return;
        }
        if (stage == BreakStage.OUTSIDE_HOURS) {
            goTo(BreakStage.COUNTING, "working hours began at " + local.toLocalTime());
        }

        Duration delta = countsFromNow ? Duration.ZERO : reading.activeDelta();
        daily.add(delta);
        budgets.addActive(delta);
        if (daily.reachedNow(settings.dailyLimitEnabled(), settings.dailyLimit())) {
            emit(BreakEventType.DAILY_LIMIT, wallNow, null, daily.active(), 0, "");
            ui.showDailyLimit(daily.active(), settings.dailyLimit());
        }
        switch (stage) {
            case COUNTING -> countingTick(t, wallNow, reading, delta);
            case NOTICE -> noticeTick(t, wallNow, reading);
            case BREAK -> breakTick(t, wallNow);
            default -> throw new IllegalStateException(stage.name());
        }
    }

    /**
     * The operating system reported that it slept for {@code sleptFor}: that time is rest (a
     * natural break if long enough), never activity.
     */
    public void systemResumed(Duration sleptFor) {
        long t = now();
        Instant wall = clock.instant();
        LOG.info(() -> "system resumed after " + DurationText.format(sleptFor));
        rest(t, wall, sleptFor, "sleep");
        monitor.forceIdle(t);
    }

    /**
     * How long a heartbeat that can only sleep may wait before the next tick without missing
     * anything; the same as {@code tickPlan().pollEvery()}.
     */
    public Duration suggestedNextTick() {
        return TickAdvisor.plan(this).pollEvery();
    }

    /** When to tick next, for a sleeping heartbeat and for one woken by input or idleness. */
    public TickPlan tickPlan() {
        return TickAdvisor.plan(this);
    }

    /**
     * A tick made because the idle source reported the first input after the user was idle (an
     * event, not a poll): that input began {@code idle} ago, so it is dated exactly instead of
     * "some time after the previous tick".
     */
    public void tickOnInput(Duration idle) {
        inputJustResumed = true;
        try {
            tick(idle);
        } finally {
            inputJustResumed = false;
        }
    }

    // ---- commands ---------------------------------------------------------------------------

    /** Postpones the offered or running break by the snooze length. */
    public CommandResult snooze() {
        return snooze(settings.snoozeLength());
    }

    /**
     * Postpones the offered or running break by {@code length} of active time instead of the
     * configured snooze length ({@code unhunch snooze 10m}); the same limits apply.
     */
    public CommandResult snooze(Duration length) {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            return CommandResult.refused("a snooze must be longer than zero");
        }
        if (length.compareTo(PauseRequest.LONGEST) > 0) {
            return CommandResult.refused("a snooze can be at most " + DurationText.format(PauseRequest.LONGEST));
        }
        if (stage != BreakStage.NOTICE && stage != BreakStage.BREAK) {
            return CommandResult.refused("no break to snooze (" + describeStage() + ")");
        }
        if (settings.strictMode() && !deferral.gentle()) {
            return CommandResult.refused("strict mode is on: breaks cannot be snoozed");
        }
        BreakKind kind = countdown.kind();
        BreakTimer timer = timer(kind);
        if (timer.snoozes() >= settings.maxSnoozes()) {
            return CommandResult.refused("snooze limit reached (" + timer.snoozes() + " of "
                    + settings.maxSnoozes() + ")");
        }
        timer.snooze(length);
        emit(BreakEventType.SNOOZED, clock.instant(), kind, timer.active(), timer.snoozes(), "");
        ui.hide();
        goTo(BreakStage.COUNTING, kind.word() + " break snoozed");
        return CommandResult.ok(kind.word() + " break snoozed for " + DurationText.format(length)
                + " (" + timer.snoozes() + " of " + settings.maxSnoozes() + ")");
    }

    /** Skips the offered or running break; its budget starts afresh. */
    public CommandResult skip() {
        if (stage != BreakStage.NOTICE && stage != BreakStage.BREAK) {
            return CommandResult.refused("no break to skip (" + describeStage() + ")");
        }
        if (settings.strictMode() && !deferral.gentle()) {
            return CommandResult.refused("strict mode is on: breaks cannot be skipped");
        }
        BreakKind kind = countdown.kind();
        BreakTimer timer = timer(kind);
        emit(BreakEventType.SKIPPED, clock.instant(), kind, timer.active(), timer.snoozes(), "");
        budgets.resetFor(kind);
        ui.hide();
        goTo(BreakStage.COUNTING, kind.word() + " break skipped");
        return CommandResult.ok(kind.word() + " break skipped");
    }

    /**
     * Ends the running break now as taken: the user finished its stretches (the break window's
     * "Done"). Recorded as {@link BreakEventType#COMPLETED} with the note {@code done}. Refused
     * while the stretches are not finished by the engine's time (see {@link #endBreakEarly()}),
     * and in strict mode, where a break always runs its full length.
     */
    public CommandResult finishBreak() {
        if (stage != BreakStage.BREAK) {
            return CommandResult.refused("no break is running (" + describeStage() + ")");
        }
        if (settings.strictMode() && !countdown.onDemand()) {
            return CommandResult.refused("strict mode is on: the break ends by itself");
        }
        if (!countdown.breakTime().routineDone()) {
            return CommandResult.refused("the stretches are not finished yet");
        }
        endBreak(BreakEventType.COMPLETED, note("done"), true, "done");
        return CommandResult.ok(countdown.kind().word() + " break done");
    }

    /**
     * Leaves the running break before its stretches are finished (the window's "End early"; Esc
     * in an on-demand stretch). Recorded as {@link BreakEventType#ENDED_EARLY}, not as taken. The
     * budget is reset as for a taken break, except for an on-demand stretch, which costs nothing:
     * no snooze, the next break not pushed. Refused in strict mode for breaks that were due.
     */
    public CommandResult endBreakEarly() {
        if (stage != BreakStage.BREAK) {
            return CommandResult.refused("no break is running (" + describeStage() + ")");
        }
        boolean onDemand = countdown.onDemand();
        if (settings.strictMode() && !onDemand) {
            return CommandResult.refused("strict mode is on: the break ends by itself");
        }
        endBreak(BreakEventType.ENDED_EARLY, note(onDemand ? "on-demand" : ""), !onDemand, "ended early");
        return CommandResult.ok(countdown.kind().word() + " break ended early");
    }

    /**
     * The user stops stretching ("Stop — this hurts"): the break goes on as a plain rest without
     * guidance, its time keeps counting, and its record carries the note {@code stopped}. Allowed
     * in strict mode too.
     */
    public CommandResult stopStretching() {
        if (stage != BreakStage.BREAK) {
            return CommandResult.refused("no break is running (" + describeStage() + ")");
        }
        countdown.stopStretching();
        LOG.info(() -> countdown.kind().word() + " break: stretches stopped, resting instead");
        ui.updateBreak(countdown.breakTime());
        return CommandResult.ok("stretches stopped; the break goes on as a rest");
    }

    /**
     * The window swapped in another routine that starts now and takes {@code routineLength} (its
     * chair stretch); the break runs at least until that routine is finished.
     */
    public CommandResult restartRoutine(Duration routineLength) {
        Objects.requireNonNull(routineLength, "routineLength");
        if (stage != BreakStage.BREAK) {
            return CommandResult.refused("no break is running (" + describeStage() + ")");
        }
        countdown.restartRoutine(routineLength);
        ui.updateBreak(countdown.breakTime());
        return CommandResult.ok(countdown.kind().word() + " break routine restarted");
    }

    /** Starts the offered break at once; from counting, the break that is due soonest. */
    public CommandResult takeNow() {
        if (stage == BreakStage.NOTICE) {
            BreakKind kind = countdown.kind();
            startBreak(kind, now(), clock.instant(), "now");
            return CommandResult.ok(kind.word() + " break started");
        }
        return breakNow(budgets.soonest());
    }

    /**
     * Starts a break of the given kind on demand (the quick chair stretch). It counts as taken
     * when it completes. A long break is refused while long breaks are switched off.
     */
    public CommandResult breakNow(BreakKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (stage == BreakStage.PAUSED) {
            return CommandResult.refused("breaks are paused; resume first");
        }
        if (stage == BreakStage.BREAK) {
            return CommandResult.refused("a " + countdown.kind().word() + " break is already running");
        }
        if (kind == BreakKind.LONG && !settings.longBreak().enabled()) {
            return CommandResult.refused("long breaks are switched off; switch them on in Preferences to take one");
        }
        if (stage == BreakStage.NOTICE && countdown.kind() == kind) {
            return takeNow(); // the break on offer, taken now: not an extra one
        }
        startBreak(kind, now(), clock.instant(), ON_DEMAND, timer(kind).length(), false);
        return CommandResult.ok(kind.word() + " break started");
    }

    /**
     * Starts a break of {@code kind} now that lasts {@code length} instead of the configured
     * length — the quick chair stretch runs as long as its one stretch takes. It counts as a
     * taken break of that kind when it completes; it cannot be snoozed or skipped from its window,
     * and leaving it early costs nothing ({@link #endBreakEarly()}).
     */
    public CommandResult breakNow(BreakKind kind, Duration length) {
        Objects.requireNonNull(kind, "kind");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a break must be longer than zero, was " + length);
        }
        if (stage == BreakStage.PAUSED) {
            return CommandResult.refused("breaks are paused; resume first");
        }
        if (stage == BreakStage.BREAK) {
            return CommandResult.refused("a " + countdown.kind().word() + " break is already running");
        }
        startBreak(kind, now(), clock.instant(), ON_DEMAND, length, true);
        return CommandResult.ok(kind.word() + " break started");
    }

    /** Pauses breaks: nothing counts and nothing is shown until the pause ends or is resumed. */
    public CommandResult pause(PauseRequest request) {
        Objects.requireNonNull(request, "request");
        if (settings.strictMode() && showing()) {
            return CommandResult.refused("strict mode is on: breaks cannot be paused while one is due");
        }
        long t = now();
        Instant wall = clock.instant();
        pause.start(request, t, wall, clock.getZone(), settings.pauseUntilTomorrowAt());
        Instant until = pause.until(t, wall);
        String note = until == null ? "indefinitely" : "until " + StatusText.wallTime(until, wall, clock.getZone());
        hideIfShowing();
        emit(BreakEventType.PAUSED, wall, null, Duration.ZERO, 0, note);
        goTo(BreakStage.PAUSED, "paused " + note);
        return CommandResult.ok("breaks paused " + note);
    }

    /** Ends a pause. */
    public CommandResult resume() {
        if (stage != BreakStage.PAUSED) {
            return CommandResult.refused("breaks are not paused");
        }
        endPause(clock.instant(), "resumed by user");
        return CommandResult.ok("breaks resumed");
    }

    /**
     * Adopts new settings at once. Active time counted so far is kept; a break due under the new
     * interval is offered on the next tick; a notice or break of a kind now disabled is withdrawn.
     */
    public void updateSettings(Settings newSettings) {
        settings = Objects.requireNonNull(newSettings, "settings");
        calendar.invalidate();
        monitor.setThresholds(newSettings.activity());
        budgets.update(newSettings);
        if (showing() && !timer(countdown.kind()).enabled()) {
            ui.hide();
            goTo(BreakStage.COUNTING, countdown.kind().word() + " breaks were switched off");
        }
        LOG.info("settings updated");
    }

    // ---- query -----------------------------------------------------------------------------

    /** The state now, for status displays. */
    public EngineSnapshot snapshot() {
        long t = now();
        Instant wall = clock.instant();
        Duration left = switch (stage) {
            case NOTICE -> countdown.noticeLeft(t);
            case BREAK -> countdown.breakLeft();
            default -> Duration.ZERO;
        };
        BreakTimer micro = timer(BreakKind.MICRO);
        BreakTimer longTimer = timer(BreakKind.LONG);
        BreakKind kind = showing() ? countdown.kind() : null;
        BreakTimer shown = timer(kind != null ? kind : budgets.soonest());
        boolean paused = stage == BreakStage.PAUSED;
        return new EngineSnapshot(wall, stage, kind, left,
                micro.enabled() ? micro.remaining() : null,
                longTimer.enabled() ? longTimer.remaining() : null,
                shown.snoozes(), settings.maxSnoozes(), settings.strictMode(),
                paused, paused ? pause.until(t, wall) : null,
                withinHours, monitor.state(), daily.active(), daily.announced(),
                stage == BreakStage.BREAK ? countdown.breakTime() : null,
                stage == BreakStage.COUNTING ? deferral.state(t) : null);
    }

    // ---- stages -----------------------------------------------------------------------------

    private void countingTick(long t, Instant wall, ActivityReading reading, Duration activeDelta) {
        applyRest(reading.restFor(), wall, true, "idle");
        BreakKind due = budgets.due(settings.noticeLength());
        if (due == null) {
            deferral.clear();
            return;
        }
        switch (deferral.due(t, activeDelta, settings.defer())) {
            case OFFER -> offer(due, t, wall);
            case DEFERRED -> {
                BreakTimer timer = timer(due);
                emit(BreakEventType.DEFERRED, wall, due, timer.active(), timer.snoozes(),
                        deferral.state(t).reason().id());
            }
            case WAIT -> { }
        }
    }

    private void noticeTick(long t, Instant wall, ActivityReading reading) {
        Duration left = countdown.noticeLeft(t);
        BreakKind kind = countdown.kind();
        if (deferral.gentle()) {
            // offered after the longest wait: the notice stays until the user answers it or rests
            if (reading.restFor().compareTo(timer(kind).length()) >= 0) {
                ui.hide();
                goTo(BreakStage.COUNTING, kind.word() + " break rested while offered gently");
                applyRest(reading.restFor(), wall, true, "idle");
            } else {
                ui.updateCountdown(BreakStage.NOTICE, kind, left);
            }
        } else if (left.isZero()) {
            startBreak(kind, t, wall, "due");
        } else if (countdown.pauseDuringNotice(t, lastIdle).compareTo(EARLY_START_PAUSE) >= 0) {
            startBreak(kind, t, wall, "early");
        } else {
            ui.updateCountdown(BreakStage.NOTICE, kind, left);
        }
    }

    private void breakTick(long t, Instant wall) {
        BreakKind kind = countdown.kind();
        if (countdown.stepBreak(t, lastIdle, QUIET_TO_RESUME)) {
            ui.activityDuringBreak(kind, countdown.breakLeft());
        }
        BreakTime time = countdown.breakTime();
        if (countdown.workedThrough()) {
            endBreak(BreakEventType.WORKED_THROUGH, note(""), true, "worked through");
        } else if (countdown.breakOver()) {
            BreakTimer timer = timer(kind);
            emit(BreakEventType.COMPLETED, wall, kind, timer.active(), timer.snoozes(), note(""));
            budgets.resetFor(kind);
            goTo(BreakStage.COUNTING, kind.word() + " break completed");
            ui.breakOver(time);
        } else {
            ui.updateBreak(time);
        }
    }

    /** Ends the running break with an outcome the user chose or worked into; the window closes. */
    private void endBreak(BreakEventType outcome, String note, boolean resetBudget, String why) {
        BreakKind kind = countdown.kind();
        BreakTimer timer = timer(kind);
        emit(outcome, clock.instant(), kind, timer.active(), timer.snoozes(), note);
        if (resetBudget) {
            budgets.resetFor(kind);
        }
        ui.hide();
        goTo(BreakStage.COUNTING, kind.word() + " break " + why);
    }

    /** An event note, with {@code stopped} added when the user stopped the stretches. */
    private String note(String note) {
        if (!countdown.plainRest()) {
            return note;
        }
        return note.isEmpty() ? "stopped" : note + " stopped";
    }

    private void offer(BreakKind kind, long t, Instant wall) {
        BreakTimer timer = timer(kind);
        planShown(kind, timer.length(), false);
        Interruption after = deferral.offeredAfter();
        emit(BreakEventType.OFFERED, wall, kind, timer.active(), timer.snoozes(),
                after == null ? "" : (deferral.gentle() ? "gently after " : "after ") + after.id());
        // the break starts when the budget would run out at the current pace
        Duration notice = timer.remaining().isZero() ? settings.noticeLength() : timer.remaining();
        if (deferral.gentle() && notice.isZero()) {
            notice = GENTLE_NOTICE; // a gentle offer is a notice, also with notices switched off
        }
        if (notice.isZero()) {
            startBreak(kind, t, wall, "due");
            return;
        }
        countdown.startNotice(kind, t, notice);
        goTo(BreakStage.NOTICE, kind.word() + " break due in " + DurationText.format(notice));
        ui.showNotice(prompt(kind, notice, timer.length(), false));
    }

    private void startBreak(BreakKind kind, long t, Instant wall, String trigger) {
        startBreak(kind, t, wall, trigger, timer(kind).length(), false);
    }

    private void startBreak(BreakKind kind, long t, Instant wall, String trigger, Duration length, boolean onDemand) {
        BreakTimer timer = timer(kind);
        BreakPrompt prompt = prompt(kind, length, length, onDemand);
        Duration routine = ui.routineLength(prompt);
        // a break the user started by a click or key press is not held by that input
        boolean byCommand = trigger.equals("now") || trigger.equals(ON_DEMAND);
        countdown.startBreak(kind, onDemand, t, length, routine == null || routine.isZero() ? length : routine,
                byCommand ? Countdown.START_GRACE : Duration.ZERO);
        // for the history, any break the user asked for is an extra one, also a full-length one
        // that can still be snoozed or skipped (a break taken now while none was offered)
        planShown(kind, length, onDemand || ON_DEMAND.equals(trigger));
        emit(BreakEventType.STARTED, wall, kind, timer.active(), timer.snoozes(), trigger);
        goTo(BreakStage.BREAK, kind.word() + " break started (" + trigger + ")");
        ui.showBreak(prompt);
    }

    /** Rest learned about out of band (sleep): a natural break if long enough. */
    private void rest(long t, Instant wall, Duration gap, String note) {
        switch (stage) {
            case PAUSED, OUTSIDE_HOURS -> applyRest(gap, wall, false, note);
            case COUNTING -> applyRest(gap, wall, true, note);
            case NOTICE, BREAK -> {
                BreakKind kind = countdown.kind();
                if (gap.compareTo(timer(kind).length()) >= 0) {
                    ui.hide();
                    goTo(BreakStage.COUNTING, kind.word() + " break rested during " + note);
                    applyRest(gap, wall, true, note);
                } else if (stage == BreakStage.BREAK) {
                    countdown.restDuringBreak(t, gap);
                }
            }
        }
    }

    /** Natural-break rule for both budgets; recorded only where breaks count. */
    private void applyRest(Duration rest, Instant wall, boolean record, String note) {
        for (Budgets.Natural n : budgets.rest(rest)) {
            if (record && n.enabled()) {
                emit(BreakEventType.NATURAL, wall, n.kind(), n.active(), n.snoozes(), note);
            }
        }
    }

    private void endPause(Instant wall, String reason) {
        pause.clear();
        emit(BreakEventType.RESUMED, wall, null, Duration.ZERO, 0, reason);
        goTo(BreakStage.COUNTING, reason);
    }

    private void hideIfShowing() {
        if (showing()) {
            ui.hide();
        }
    }

    private boolean showing() {
        return stage == BreakStage.NOTICE || stage == BreakStage.BREAK;
    }

    /** The one place where the stage changes. */
    private void goTo(BreakStage next, String reason) {
        BreakStage previous = stage;
        stage = next;
        if (next != BreakStage.NOTICE) {
            deferral.offerEnded();
        }
        if (next != BreakStage.COUNTING) {
            deferral.clear();
        }
        LOG.info(() -> previous + " -> " + next + ": " + reason);
    }

    // ---- helpers ----------------------------------------------------------------------------

    BreakTimer timer(BreakKind kind) {
        return budgets.timer(kind);
    }

    Pause pauseState() {
        return pause;
    }

    long lastT() {
        return lastT;
    }

    Instant lastWall() {
        return lastWall;
    }

    Duration lastIdle() {
        return lastIdle;
    }

    boolean idleNow() {
        return monitor.state() == ActivityState.IDLE;
    }

    boolean confirmingInput() {
        return monitor.confirmingInput();
    }

    /** How long to sleep while a due break is decided on or waits; null when none is. */
    Duration deferralSleep() {
        return stage == BreakStage.COUNTING ? deferral.sleepWhileDue(lastT) : null;
    }

    Duration dailyLeft() {
        return settings.dailyLimitEnabled() && !daily.announced()
                ? positive(settings.dailyLimit().minus(daily.active())) : null;
    }

    private long now() {
        return ticker.nanos() + sleepOffset;
    }

    private String describeStage() {
        return switch (stage) {
            case COUNTING -> "no break is due";
            case PAUSED -> "breaks are paused";
            case OUTSIDE_HOURS -> "outside working hours";
            default -> stage.name().toLowerCase(Locale.ROOT);
        };
    }

    private BreakPrompt prompt(BreakKind kind, Duration left, Duration length, boolean onDemand) {
        BreakTimer timer = timer(kind);
        boolean gentle = deferral.gentle();
        return new BreakPrompt(kind, left, length, timer.snoozes(), settings.maxSnoozes(),
                settings.strictMode() && !gentle, onDemand, deferral.offeredAfter(), gentle);
    }

    private void planShown(BreakKind kind, Duration length, boolean onDemand) {
        events.planShown(ui, kind, length, onDemand);
    }

    private void emit(BreakEventType type, Instant at, BreakKind kind, Duration active, int snoozes, String note) {
        events.emit(type, at, kind, active, snoozes, note, daily.active());
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
