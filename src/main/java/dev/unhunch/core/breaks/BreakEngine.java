package dev.unhunch.core.breaks;

import dev.unhunch.core.activity.ActivityMonitor;
import dev.unhunch.core.activity.ActivityReading;
import dev.unhunch.core.activity.ClockJumpDetector;
import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.DurationText;
import dev.unhunch.core.time.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
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
 * the window. Input holds the break ({@link #QUIET_TO_RESUME}).
 *
 * <p>The engine keeps the heartbeat, the stage, pauses, working hours and the daily limit, and
 * decides <em>when</em> a break is due. Its parts: {@link Budgets} (active time per kind),
 * {@link Deferral} ("don't interrupt"), {@link BreakStarts} (offering and starting a break),
 * {@link Countdown} (the notice's and the break's clock), {@link BreakExits} (the running break's
 * tick and every way a break ends: completed, ended early, worked through, snoozed, skipped),
 * {@link NaturalBreaks} (rest that counts as a break), {@link TickAdvisor} (how long to sleep) and
 * {@link BreakEvents} (the event stream).
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
    private final BreakStarts starts;
    private final BreakExits exits;
    private final NaturalBreaks natural;
    private final TickAdvisor advisor;
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
        this.events = new BreakEvents(daily, listeners);
        this.monitor = new ActivityMonitor(settings.activity());
        this.budgets = new Budgets(settings);
        this.lastT = ticker.nanos();
        this.lastWall = clock.instant();
        this.starts = new BreakStarts(ui, events, budgets, countdown, deferral, this::settings, this::goTo);
        this.advisor = new TickAdvisor(monitor, budgets, pause, deferral, daily);
        this.natural = new NaturalBreaks(ui, events, budgets, countdown, this::goTo);
        this.exits = new BreakExits(clock, ui, events, budgets, countdown, deferral, this::settings, this::goTo);
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
            natural.outOfBand(stage, t, wallNow, slept, "sleep");
            monitor.forceIdle(t);
        }
        ActivityReading reading = monitor.observe(t, lastIdle, inputJustResumed);
        if (showing() && reading.restFor().compareTo(lastIdle) > 0) {
            // a tick gap the monitor would not vouch for: a stalled heartbeat, or a sleep that
            // monotonic time did include (so the wall clock showed no jump)
            natural.outOfBand(stage, t, wallNow, reading.restFor(), "gap");
        }
        ZonedDateTime local = calendar.at(wallNow, clock.getZone());
        daily.rollTo(local.toLocalDate());
        withinHours = calendar.withinHours(settings.workingHours());

        // activity before a pause or working hours ended belongs to the time that did not count
        boolean countsFromNow = stage == BreakStage.PAUSED || stage == BreakStage.OUTSIDE_HOURS;
        if (stage == BreakStage.PAUSED) {
            if (!pause.over(t, wallNow)) {
                natural.apply(reading.restFor(), wallNow, false, "");
                return;
            }
            endPause(wallNow, "pause over");
        }
        if (!withinHours) {
            if (stage != BreakStage.OUTSIDE_HOURS) {
                hideIfShowing();
                goTo(BreakStage.OUTSIDE_HOURS, "outside working hours at " + local.toLocalTime());
            }
            natural.apply(reading.restFor(), wallNow, false, "");
            return;
        }
        if (stage == BreakStage.OUTSIDE_HOURS) {
            goTo(BreakStage.COUNTING, "working hours began at " + local.toLocalTime());
        }

        Duration delta = countsFromNow ? Duration.ZERO : reading.activeDelta();
        daily.add(delta);
        budgets.addActive(delta);
        if (daily.reachedNow(settings.dailyLimitEnabled(), settings.dailyLimit())) {
            events.emit(BreakEventType.DAILY_LIMIT, wallNow, null, daily.active(), 0, "");
            ui.showDailyLimit(daily.active(), settings.dailyLimit());
        }
        switch (stage) {
            case COUNTING -> countingTick(t, wallNow, reading, delta);
            case NOTICE -> noticeTick(t, wallNow, reading);
            case BREAK -> exits.breakTick(t, wallNow, lastIdle, QUIET_TO_RESUME);
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
        natural.outOfBand(stage, t, wall, sleptFor, "sleep");
        monitor.forceIdle(t);
    }

    /**
     * How long a heartbeat that can only sleep may wait before the next tick without missing
     * anything; the same as {@code tickPlan().pollEvery()}.
     */
    public Duration suggestedNextTick() {
        return tickPlan().pollEvery();
    }

    /** When to tick next, for a sleeping heartbeat and for one woken by input or idleness. */
    public TickPlan tickPlan() {
        return advisor.plan(stage, settings, lastT, lastWall, lastIdle);
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
        return exits.snooze(length, stage);
    }

    /** Skips the offered or running break; its budget starts afresh. */
    public CommandResult skip() {
        return exits.skip(stage);
    }

    /**
     * Ends the running break now as taken: the user finished its stretches (the break window's
     * "Done"). Recorded as {@link BreakEventType#COMPLETED} with the note {@code done}. Refused
     * while the stretches are not finished by the engine's time (see {@link #endBreakEarly()}),
     * and in strict mode, where a break always runs its full length.
     */
    public CommandResult finishBreak() {
        return exits.finish(stage);
    }

    /**
     * Leaves the running break before its stretches are finished (the window's "End early"; Esc
     * in an on-demand stretch). Recorded as {@link BreakEventType#ENDED_EARLY}, not as taken. The
     * budget is reset as for a taken break, except for an on-demand stretch, which costs nothing:
     * no snooze, the next break not pushed. Refused in strict mode for breaks that were due.
     */
    public CommandResult endBreakEarly() {
        return exits.endEarly(stage);
    }

    /**
     * The user stops stretching ("Stop — this hurts"): the break goes on as a plain rest without
     * guidance, its time keeps counting, and its record carries the note {@code stopped}. Allowed
     * in strict mode too.
     */
    public CommandResult stopStretching() {
        return exits.stopStretching(stage);
    }

    /**
     * The window swapped in another routine that starts now and takes {@code routineLength} (its
     * chair stretch); the break runs at least until that routine is finished.
     */
    public CommandResult restartRoutine(Duration routineLength) {
        return exits.restartRoutine(routineLength, stage);
    }

    /** Starts the offered break at once; from counting, the break that is due soonest. */
    public CommandResult takeNow() {
        return starts.takeNow(stage, now(), clock.instant());
    }

    /**
     * Starts a break of the given kind on demand (the quick chair stretch). It counts as taken
     * when it completes. A long break is refused while long breaks are switched off.
     */
    public CommandResult breakNow(BreakKind kind) {
        return starts.breakNow(kind, stage, now(), clock.instant());
    }

    /**
     * Starts a break of {@code kind} now that lasts {@code length} instead of the configured
     * length — the quick chair stretch runs as long as its one stretch takes. It counts as a
     * taken break of that kind when it completes; it cannot be snoozed or skipped from its window,
     * and leaving it early costs nothing ({@link #endBreakEarly()}).
     */
    public CommandResult breakNow(BreakKind kind, Duration length) {
        return starts.breakNow(kind, length, stage, now(), clock.instant());
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
        events.emit(BreakEventType.PAUSED, wall, null, Duration.ZERO, 0, note);
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
                stage == BreakStage.COUNTING ? deferral.state(t) : null,
                stage == BreakStage.NOTICE && deferral.gentle());
    }

    // ---- stages -----------------------------------------------------------------------------

    private void countingTick(long t, Instant wall, ActivityReading reading, Duration activeDelta) {
        natural.apply(reading.restFor(), wall, true, "idle");
        BreakKind due = budgets.due(settings.noticeLength());
        if (due == null) {
            deferral.clear();
            return;
        }
        switch (deferral.due(t, activeDelta, settings.defer())) {
            case OFFER -> starts.offer(due, t, wall);
            case DEFERRED -> events.emit(BreakEventType.DEFERRED, wall, due, timer(due), deferral.state(t).reason().id());
            case WAIT -> { }
        }
    }

    private void noticeTick(long t, Instant wall, ActivityReading reading) {
        // a gentle offer stays until the user answers it or rests the break's length
        if (!deferral.gentle() || !natural.endsShown(reading.restFor(), wall, "idle", "while offered gently")) {
            starts.noticeTick(t, wall, lastIdle, EARLY_START_PAUSE);
        }
    }

    private void endPause(Instant wall, String reason) {
        pause.clear();
        events.emit(BreakEventType.RESUMED, wall, null, Duration.ZERO, 0, reason);
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

    private BreakTimer timer(BreakKind kind) {
        return budgets.timer(kind);
    }

    private long now() {
        return ticker.nanos() + sleepOffset;
    }

}
