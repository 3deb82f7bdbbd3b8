package dev.unhunch.core.breaks;

import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.DeferSettings;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of "don't interrupt": whether a due break is offered now or waits for a call, a
 * presentation or do-not-disturb to end. The engine asks {@link #due} on every counting tick while
 * a break is due; nothing here runs while counting towards a break.
 *
 * <ul>
 *   <li>When a break becomes due, the enabled checks are asked once ({@link InterruptionProbe}).
 *       No reason: the break is offered at once.</li>
 *   <li>A reason: the break is <em>deferred</em> ({@link Decision#DEFERRED}, recorded once) and
 *       the checks are asked again every {@link #RECHECK}.</li>
 *   <li>When no reason holds any more, the break waits a {@link #GRACE} (the user hangs up, says
 *       goodbye); if the checks are still clear after it, the break is offered "after your call"
 *       ({@link #offeredAfter()}). A reason that comes back in the grace keeps the break waiting.</li>
 *   <li>After the longest wait ({@code defer.max}, active time while waiting) the break is offered
 *       gently: a notice only, never started by itself, with snooze and skip even in strict
 *       mode ({@link #gentle()}).</li>
 *   <li>An answer that takes longer than {@link #ANSWER_TIMEOUT} counts as "no reason".</li>
 * </ul>
 *
 * <p>Elapsed time is the engine's timeline in nanoseconds. Not thread-safe: engine thread only.
 */
final class Deferral {

    /** How often the checks are asked again while a break waits. */
    static final Duration RECHECK = Duration.ofMinutes(1);
    /** How long the break still waits after the reason ended. */
    static final Duration GRACE = Duration.ofMinutes(1);
    /** The longest the engine waits for an answer before it offers the break anyway. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    /** How often a heartbeat looks for an answer that has not woken it. */
    static final Duration ANSWER_POLL = Duration.ofSeconds(1);

    private static final Log LOG = Log.of(Deferral.class);

    /** What the engine does with the due break on this tick. */
    enum Decision {
        /** Nothing yet: an answer is awaited, or the break waits. */
        WAIT,
        /** The break began to wait on this tick: record it. */
        DEFERRED,
        /** Offer the break now (see {@link #offeredAfter()} and {@link #gentle()}). */
        OFFER
    }

    private InterruptionProbe probe;
    private InterruptionProbe.Pending pending;
    private long askedAt;
    /** The reason the break waits for; null while it does not wait. */
    private Interruption reason;
    private long since;
    private Duration activeWhileWaiting = Duration.ZERO;
    private long nextAskAt;
    private boolean grace;
    /** About the offer being made: the reason waited for, and whether at the longest wait. */
    private Interruption offeredAfter;
    private boolean gentle;

    Deferral(InterruptionProbe probe) {
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    /**
     * One counting tick while a break is due.
     *
     * @param t now on the engine's timeline
     * @param activeDelta active time counted on this tick
     * @param settings the checks that are on and the longest wait
     */
    Decision due(long t, Duration activeDelta, DeferSettings settings) {
        if (reason != null) {
            activeWhileWaiting = activeWhileWaiting.plus(activeDelta);
            if (activeWhileWaiting.compareTo(settings.maxDeferral()) >= 0) {
                LOG.info(() -> "waited the longest (" + settings.maxDeferral() + " active) for " + reason.id()
                        + ": offering gently");
                return offer(reason, true);
            }
        }
        Set<Interruption> checks = checks(settings);
        Interruption answer;
        if (checks.isEmpty()) {
            answer = null;
        } else {
            if (pending == null) {
                if (reason != null && t < nextAskAt) {
                    return Decision.WAIT;
                }
                pending = probe.start(checks);
                askedAt = t;
            }
            if (!pending.done()) {
                if (t - askedAt < ANSWER_TIMEOUT.toNanos()) {
                    return Decision.WAIT;
                }
                LOG.warn("the don't-interrupt checks did not answer within " + ANSWER_TIMEOUT.toSeconds()
                        + " s: taken as nothing to wait for");
                pending.cancel();
                answer = null;
            } else {
                answer = pending.reason();
            }
            pending = null;
        }
        if (answer != null) {
            boolean fresh = reason == null;
            if (fresh) {
                since = t;
                activeWhileWaiting = Duration.ZERO;
                LOG.info(() -> "break deferred: " + answer.id());
            }
            reason = answer;
            grace = false;
            nextAskAt = t + RECHECK.toNanos();
            return fresh ? Decision.DEFERRED : Decision.WAIT;
        }
        if (reason == null) {
            return offer(null, false);
        }
        if (!grace) {
            grace = true;
            nextAskAt = t + GRACE.toNanos();
            LOG.info(() -> reason.id() + " ended: the break follows in " + GRACE.toSeconds() + " s");
            return Decision.WAIT;
        }
        return offer(reason, false);
    }

    /** Uses another probe from the next question on. */
    void use(InterruptionProbe newProbe) {
        clear();
        probe = Objects.requireNonNull(newProbe, "probe");
    }

    /** No break is due any more (rest, settings, a pause): forget the wait. */
    void clear() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        reason = null;
        grace = false;
        activeWhileWaiting = Duration.ZERO;
    }

    /** The offer made has ended (taken, snoozed, skipped, rested): its wording no longer applies. */
    void offerEnded() {
        offeredAfter = null;
        gentle = false;
    }

    /** What the break being offered waited for, or null when it did not wait. */
    Interruption offeredAfter() {
        return offeredAfter;
    }

    /** Whether the break being offered waited the longest: a notice only, never started by itself. */
    boolean gentle() {
        return gentle;
    }

    /** The wait for status displays, or null when no break waits. */
    DeferralState state(long t) {
        return reason == null ? null : new DeferralState(reason, Duration.ofNanos(Math.max(0, t - since)), grace);
    }

    /**
     * How long the heartbeat may sleep while a due break is decided on, or null when none is: until
     * the next question, or {@link #ANSWER_POLL} while an answer is awaited (the adapter wakes the
     * heartbeat sooner when it has it).
     */
    Duration sleepWhileDue(long t) {
        if (pending != null) {
            return ANSWER_POLL;
        }
        if (reason != null) {
            return Duration.ofNanos(Math.max(0, nextAskAt - t));
        }
        return null;
    }

    /** The enabled checks. */
    static Set<Interruption> checks(DeferSettings s) {
        Set<Interruption> checks = EnumSet.noneOf(Interruption.class);
        if (s.doNotDisturb()) {
            checks.add(Interruption.DO_NOT_DISTURB);
        }
        if (s.fullScreen()) {
            checks.add(Interruption.FULL_SCREEN);
        }
        if (s.camera()) {
            checks.add(Interruption.CAMERA);
        }
        if (s.microphone()) {
            checks.add(Interruption.MICROPHONE);
        }
        return checks;
    }

    private Decision offer(Interruption after, boolean gently) {
        clear();
        offeredAfter = after;
        gentle = gently;
        return Decision.OFFER;
    }
}
