package dev.unhunch.core.breaks;

import java.time.Duration;

/**
 * The clock of the notice or break that is showing. A notice runs on elapsed time. A break counts
 * only quiet time: from {@link BreakEngine#QUIET_TO_RESUME} after the last input on; the time in
 * between holds the break and is added up as time worked through it. Input in the first
 * {@link #START_GRACE} of a break the user started (releasing the key or button that started it)
 * does not hold it.
 */
final class Countdown {

    static final Duration START_GRACE = Duration.ofSeconds(1);

    private BreakKind kind;
    private long noticeStart;
    private long noticeDeadline;

    private boolean onDemand;
    private long breakLength;
    private long elapsed;
    private long routineEndsAt;
    private long held;
    private long breakLastT;
    private long graceUntil;
    private boolean holding;
    private boolean plainRest;

    BreakKind kind() {
        return kind;
    }

    void startNotice(BreakKind k, long t, Duration length) {
        kind = k;
        noticeStart = t;
        noticeDeadline = t + length.toNanos();
    }

    /** Time until the break starts. */
    Duration noticeLeft(long t) {
        return Duration.ofNanos(Math.max(0, noticeDeadline - t));
    }

    /** The pause in input that fell inside the notice. */
    Duration pauseDuringNotice(long t, Duration idle) {
        long sinceStart = t - noticeStart;
        return idle.toNanos() < sinceStart ? idle : Duration.ofNanos(sinceStart);
    }

    /**
     * Starts a break of {@code length} whose stretches take {@code routine}; a routine longer than
     * the break is cut off by it. Input before {@code t + grace} does not hold it.
     */
    void startBreak(BreakKind k, boolean askedFor, long t, Duration length, Duration routine, Duration grace) {
        kind = k;
        onDemand = askedFor;
        breakLength = length.toNanos();
        elapsed = 0;
        routineEndsAt = Math.min(breakLength, Math.max(0, routine.toNanos()));
        held = 0;
        breakLastT = t;
        graceUntil = t + grace.toNanos();
        holding = false;
        plainRest = false;
    }

    /**
     * Counts the quiet part of the time since the last step: the part that lies at least {@code
     * quiet} after the last input. The rest of it held the break.
     *
     * @return true when the user's input began holding the break just now
     */
    boolean stepBreak(long t, Duration idle, Duration quiet) {
        long since = Math.max(0, t - breakLastT);
        long lastInput = t - Math.max(0, idle.toNanos());
        boolean inputCounts = lastInput > graceUntil;
        long quietFrom = inputCounts ? lastInput + quiet.toNanos() : breakLastT;
        long counted = Math.min(since, Math.max(0, t - Math.max(breakLastT, quietFrom)));
        breakLastT = t;
        elapsed += counted;
        held += since - counted;
        boolean wasHolding = holding;
        holding = inputCounts && idle.compareTo(quiet) < 0;
        return holding && !wasHolding;
    }

    /** A rest the engine learned about out of band (sleep) counts towards the break. */
    void restDuringBreak(long t, Duration gap) {
        elapsed += gap.toNanos();
        breakLastT = t;
    }

    /** The stretches stopped; the break goes on as a plain rest. */
    void stopStretching() {
        plainRest = true;
    }

    /**
     * A new routine of {@code routine} starts now (the window's chair stretch); the break grows
     * if it would end before the routine does.
     */
    void restartRoutine(Duration routine) {
        routineEndsAt = elapsed + Math.max(0, routine.toNanos());
        breakLength = Math.max(breakLength, routineEndsAt);
        plainRest = false;
    }

    boolean onDemand() {
        return onDemand;
    }

    boolean plainRest() {
        return plainRest;
    }

    /** Rest still to take, never negative. */
    Duration breakLeft() {
        return Duration.ofNanos(Math.max(0, breakLength - elapsed));
    }

    boolean breakOver() {
        return elapsed >= breakLength;
    }

    /** Whether the user's input held the break for at least its whole length. */
    boolean workedThrough() {
        return held >= breakLength;
    }

    BreakTime breakTime() {
        return new BreakTime(kind, onDemand, Duration.ofNanos(breakLength),
                Duration.ofNanos(Math.min(elapsed, breakLength)), breakLeft(), Duration.ofNanos(routineEndsAt),
                Duration.ofNanos(held), holding, plainRest);
    }
}
