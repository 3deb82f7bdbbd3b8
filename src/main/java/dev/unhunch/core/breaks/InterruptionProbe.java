package dev.unhunch.core.breaks;

import java.util.Set;

/**
 * Port through which the engine asks whether a due break would interrupt something (a call, a
 * presentation, do-not-disturb). Asked only when a break is due and then once a minute while it
 * waits, never while counting.
 *
 * <p>{@link #start} must not block: the engine thread calls it and reads the answer on a later
 * tick through {@link Pending}. An adapter runs its checks elsewhere, each bounded in time, and
 * should wake the engine when the answer is in; the engine gives up on an answer that takes longer
 * than {@link Deferral#ANSWER_TIMEOUT} and offers the break.
 */
public interface InterruptionProbe {

    /**
     * Starts the given checks and returns at once.
     *
     * @param checks the enabled checks, in the order to try them; never empty
     */
    Pending start(Set<Interruption> checks);

    /** One question in flight. Its methods are called on the engine thread only. */
    interface Pending {
        /** Whether the answer is in. */
        boolean done();

        /** The first reason found, or null for none; meaningful once {@link #done()}. */
        Interruption reason();

        /** The engine no longer needs the answer. */
        default void cancel() {
        }
    }

    /** An answer that is already in. */
    static Pending answered(Interruption reason) {
        return new Pending() {
            @Override public boolean done() { return true; }
            @Override public Interruption reason() { return reason; }
        };
    }

    /** A probe that never finds a reason: breaks are never deferred. */
    static InterruptionProbe none() {
        return checks -> answered(null);
    }
}
