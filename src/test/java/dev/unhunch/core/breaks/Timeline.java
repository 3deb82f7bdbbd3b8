package dev.unhunch.core.breaks;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.DurationText;
import dev.unhunch.core.time.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Test DSL that drives a {@link BreakEngine} on virtual time: {@code active(min(25))},
 * {@code idle(sec(40))}, commands at the current moment, and the recorded timeline of events and
 * UI calls as {@code "H:MM:SS WHAT"} lines (time since the start, sleep included).
 *
 * <p>The heartbeat ticks on its own grid of {@code period}, independent of where activity
 * segments begin and end, as a real one does. Input is continuous during {@code active}.
 */
final class Timeline {

    /** Monday 2026-11-23, 09:00 in Berlin. */
    static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 11, 23, 9, 0);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Whole simulated days log thousands of stage changes; keep the build output readable. */
    private static final Logger QUIET = Logger.getLogger("dev.unhunch.core.breaks");

    static {
        QUIET.setLevel(Level.WARNING);
    }

    final FakeTime time;
    final BreakEngine engine;
    final List<String> events = new ArrayList<>();
    final List<String> ui = new ArrayList<>();
    final List<BreakEvent> records = new ArrayList<>();
    /** Every running-break clock the engine handed the UI, in order. */
    final List<BreakTime> breakTimes = new ArrayList<>();
    /** What the UI answers when asked how long a break's stretches take; null: they fill it. */
    Duration routineLength;
    private final Duration period;
    private long nextTick;
    private long lastInputReal;
    private long trueActiveNanos;
    private long creditedNanos;
    /** Ground truth ({@link #countedTruth()}) at each recorded event, parallel to {@link #records}. */
    final List<Duration> truthAtRecord = new ArrayList<>();
    private boolean adaptive;
    private boolean eventDriven;
    private TickPlan plan;
    private long lastInputTickReal = Long.MIN_VALUE;
    private long ticks;

    Timeline(Settings settings) {
        this(settings, Duration.ofSeconds(1), MONDAY_9, BERLIN);
    }

    Timeline(Settings settings, Duration period) {
        this(settings, period, MONDAY_9, BERLIN);
    }

    Timeline(Settings settings, Duration period, LocalDateTime start, ZoneId zone) {
        this.period = period;
        this.time = new FakeTime(start.atZone(zone).toInstant(), zone);
        this.engine = new BreakEngine(time, time.clock(), settings, new RecordingUi(), this::record);
        this.lastInputReal = -Duration.ofHours(1).toNanos();
        this.nextTick = 0;
    }

    /** Ticks when the engine suggests instead of on a fixed grid. */
    Timeline adaptive() {
        adaptive = true;
        return this;
    }

    /**
     * Ticks like a heartbeat that an idle source wakes (X11 SYNC alarms): at the plan's deadline,
     * at the first input when it watches for input, when the idle time reaches the threshold it
     * watches for. Input wakes it at once (zero latency), so the first input is dated exactly.
     */
    Timeline eventDriven() {
        eventDriven = true;
        return this;
    }

    static Duration sec(long s) {
        return Duration.ofSeconds(s);
    }

    static Duration min(long m) {
        return Duration.ofMinutes(m);
    }

    static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    Timeline active(Duration d) {
        return run(d, true);
    }

    Timeline idle(Duration d) {
        return run(d, false);
    }

    /** The machine sleeps: wall and idle time advance, the monotonic ticker does not. */
    Timeline suspend(Duration d) {
        time.sleep(d);
        nextTick = time.realNanos();
        return this;
    }

    /**
     * The heartbeat stalls (or the machine sleeps with a monotonic clock that keeps running):
     * time passes without ticks, and the user wakes the machine with a key press at the end.
     */
    Timeline stall(Duration d) {
        time.advance(d);
        lastInputReal = time.realNanos();
        nextTick = time.realNanos();
        return this;
    }

    /** Someone sets the wall clock by {@code d} (negative = back). */
    Timeline shiftWall(Duration d) {
        time.setWall(time.wall().plus(d));
        return this;
    }

    /** Runs a command now and records its answer. */
    CommandResult command(String name, Function<BreakEngine, CommandResult> c) {
        if (eventDriven) {
            // as the real heartbeat does: the engine may not have ticked for half a minute
            engine.tick(time.nanos(), time.wall(), idleNow());
            ticks++;
        }
        CommandResult r = c.apply(engine);
        events.add(stamp() + " " + name + (r.accepted() ? " ok" : " refused: " + r.message()));
        return r;
    }

    /** How many ticks ran. */
    long ticks() {
        return ticks;
    }

    Duration now() {
        return Duration.ofNanos(time.realNanos());
    }

    /** Ground truth: time with input, from the script. */
    Duration trueActive() {
        return Duration.ofNanos(trueActiveNanos);
    }

    /**
     * Ground truth as the engine should count it: time with input plus pauses the script marked
     * as short (below the idle threshold), which count as activity once input resumes.
     */
    Duration countedTruth() {
        return Duration.ofNanos(trueActiveNanos + creditedNanos);
    }

    /** A pause shorter than the idle threshold: credited as activity when input resumes. */
    Timeline shortPause(Duration d) {
        idle(d);
        creditedNanos += d.toNanos();
        return this;
    }

    /** Events whose line contains {@code what}. */
    List<String> matching(String what) {
        return events.stream().filter(e -> e.contains(what)).toList();
    }

    private Timeline run(Duration d, boolean active) {
        long end = time.realNanos() + d.toNanos();
        while (true) {
            long at = nextTick;
            boolean onInput = false;
            if (eventDriven && plan != null) {
                long now = time.realNanos();
                if (plan.watch() == TickPlan.Watch.INPUT && active && now > lastInputTickReal && now <= at) {
                    at = now;
                    onInput = true;
                } else if (plan.watch() == TickPlan.Watch.IDLE && !active) {
                    at = Math.min(at, Math.max(now, lastInputReal + plan.idleThreshold().toNanos()));
                }
            }
            if (at > end) {
                break;
            }
            advanceTo(at, active);
            if (onInput) {
                engine.tickOnInput(idleNow());
            } else {
                engine.tick(time.nanos(), time.wall(), idleNow());
            }
            ticks++;
            if (onInput) {
                lastInputTickReal = time.realNanos();
            }
            long step;
            if (eventDriven) {
                plan = engine.tickPlan();
                step = plan.deadline().toNanos();
            } else {
                step = adaptive ? engine.suggestedNextTick().toNanos() : period.toNanos();
            }
            nextTick = time.realNanos() + step;
        }
        advanceTo(end, active);
        return this;
    }

    private void advanceTo(long real, boolean active) {
        long step = real - time.realNanos();
        if (step > 0) {
            time.advance(Duration.ofNanos(step));
            if (active) {
                trueActiveNanos += step;
            }
        }
        if (active) {
            lastInputReal = time.realNanos();
        }
    }

    private Duration idleNow() {
        return Duration.ofNanos(time.realNanos() - lastInputReal);
    }

    String stamp() {
        long s = Duration.ofNanos(time.realNanos()).toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    private void record(BreakEvent e) {
        records.add(e);
        truthAtRecord.add(countedTruth());
        StringBuilder b = new StringBuilder(stamp()).append(' ').append(e.type());
        if (e.kind() != null) {
            b.append(' ').append(e.kind().word());
        }
        if (!e.note().isEmpty() && e.type() != BreakEventType.PAUSED) {
            b.append(' ').append(e.note());
        }
        events.add(b.toString());
    }

    private final class RecordingUi implements BreakUi {
        @Override
        public void showNotice(BreakPrompt p) {
            ui.add(stamp() + " notice " + p.kind().word() + " in " + DurationText.format(p.timeLeft())
                    + " snoozes " + p.snoozesUsed() + "/" + p.maxSnoozes() + (p.strict() ? " strict" : "")
                    + (p.after() != null ? " after " + p.after().id() : "") + (p.gentle() ? " gently" : ""));
        }

        @Override
        public void showBreak(BreakPrompt p) {
            ui.add(stamp() + " break " + p.kind().word() + " " + DurationText.format(p.timeLeft())
                    + (p.strict() ? " strict" : ""));
        }

        @Override
        public void updateCountdown(BreakStage stage, BreakKind kind, Duration timeLeft) {
        }

        @Override
        public Duration routineLength(BreakPrompt prompt) {
            return routineLength != null ? routineLength : prompt.breakLength();
        }

        @Override
        public void updateBreak(BreakTime time) {
            breakTimes.add(time);
        }

        @Override
        public void activityDuringBreak(BreakKind kind, Duration timeLeft) {
            ui.add(stamp() + " activity during " + kind.word() + " break, " + DurationText.clock(timeLeft) + " left");
        }

        @Override
        public void hide() {
            ui.add(stamp() + " hide");
        }

        @Override
        public void showDailyLimit(Duration activeToday, Duration limit) {
            ui.add(stamp() + " daily limit " + DurationText.format(activeToday) + " of " + DurationText.format(limit));
        }
    }

    Instant wall() {
        return time.wall();
    }
}
