package dev.unhunch.core.breaks;

import java.time.Duration;

/**
 * The clock of the notice or break that is showing. A notice runs on elapsed time; a break counts
 * down only the time in which the user did not touch keyboard or mouse.
 */
final class Countdown {

    private BreakKind kind;
    private long noticeStart;
    private long noticeDeadline;
    private Duration breakLeft = Duration.ZERO;
    private long breakLastT;
    private boolean inputDuringBreak;

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

    void startBreak(BreakKind k, long t, Duration length) {
        kind = k;
        breakLeft = length;
        breakLastT = t;
        inputDuringBreak = false;
    }

    /**
     * Counts down the quiet part of the time since the last step: at most the idle reading, since
     * input before that stopped the clock.
     *
     * @return true when the user started using keyboard or mouse during the break just now
     */
    boolean stepBreak(long t, Duration idle, boolean inputSinceLastTick) {
        long since = Math.max(0, t - breakLastT);
        breakLastT = t;
        breakLeft = breakLeft.minusNanos(Math.min(since, idle.toNanos()));
        boolean input = inputSinceLastTick && idle.toNanos() < since;
        boolean started = input && !inputDuringBreak;
        inputDuringBreak = input;
        return started;
    }

    /** A rest the engine learned about out of band (sleep) shortens the break. */
    void restDuringBreak(long t, Duration gap) {
        breakLeft = breakLeft.minus(gap);
        breakLastT = t;
    }

    /** Rest still to take, never negative. */
    Duration breakLeft() {
        return breakLeft.isNegative() ? Duration.ZERO : breakLeft;
    }

    boolean breakOver() {
        return breakLeft.isNegative() || breakLeft.isZero();
    }
}
