package dev.unhunch.ui.illustration;

import java.util.ArrayList;
import java.util.List;

/**
 * Blends poses for calm transitions. {@link #interpolate} is pure; an animator instance tracks
 * one transition in time given by the caller (so tests need no clock).
 */
public final class PoseAnimator {

    /** Default length of one transition. */
    public static final long TRANSITION_NANOS = 2_000_000_000L;

    private Pose from;
    private Pose to;
    private long startNanos;
    private final long lengthNanos;

    /** An animator resting at {@code start}, with transitions of {@code lengthNanos}. */
    public PoseAnimator(Pose start, long lengthNanos) {
        this.from = start;
        this.to = start;
        this.lengthNanos = lengthNanos;
    }

    /** Starts moving from wherever the figure is at {@code nowNanos} toward {@code target}. */
    public void moveTo(Pose target, long nowNanos) {
        from = poseAt(nowNanos);
        to = target;
        startNanos = nowNanos;
    }

    /** Jumps straight to {@code target} (reduced motion). */
    public void jumpTo(Pose target) {
        from = target;
        to = target;
    }

    /** The pose at a time. */
    public Pose poseAt(long nowNanos) {
        if (from == to) {
            return to;
        }
        double t = (double) (nowNanos - startNanos) / lengthNanos;
        return t >= 1 ? to : interpolate(from, to, ease(Math.max(0, t)));
    }

    /** Whether a transition is still under way at this time. */
    public boolean moving(long nowNanos) {
        return from != to && nowNanos - startNanos < lengthNanos;
    }

    /** The pose this animator is heading to. */
    public Pose target() {
        return to;
    }

    /** Slow in, slow out. */
    static double ease(double t) {
        double c = Math.min(1, t);
        return c * c * (3 - 2 * c);
    }

    /**
     * The pose a fraction {@code t} (0..1) of the way from {@code a} to {@code b}. Angles turn
     * the short way round; props move if both poses have the same kinds, else switch halfway.
     * Poses in different views or facing different ways do not blend: the result switches halfway.
     */
    public static Pose interpolate(Pose a, Pose b, double t) {
        if (t <= 0) {
            return a;
        }
        if (t >= 1) {
            return b;
        }
        if (a.view() != b.view() || a.facingLeft() != b.facingLeft()) {
            return t < 0.5 ? a : b;
        }
        // seen from the head end an arm sweeps over the top to the floor behind, further than the
        // short way round (which would go through the floor): the angles turn as written
        boolean written = b.view() == View.END;
        List<Prop> props;
        if (sameKinds(a.props(), b.props())) {
            props = new ArrayList<>();
            for (int i = 0; i < a.props().size(); i++) {
                props.add(a.props().get(i).toward(b.props().get(i), t));
            }
        } else {
            props = t < 0.5 ? a.props() : b.props();
        }
        return new Pose(b.view(), lerp(a.hipX(), b.hipX(), t), lerp(a.hipY(), b.hipY(), t),
                angle(a.lowerTorso(), b.lowerTorso(), t), angle(a.upperTorso(), b.upperTorso(), t),
                angle(a.neck(), b.neck(), t), lerp(a.headTurn(), b.headTurn(), t), lerp(a.twist(), b.twist(), t),
                lerp(a.lean(), b.lean(), t), lerp(a.shoulderDx(), b.shoulderDx(), t),
                lerp(a.shoulderDy(), b.shoulderDy(), t), limbs(a.near(), b.near(), t, written),
                limbs(a.far(), b.far(), t, written),
                props, t < 0.5 ? a.cue() : b.cue(), b.facingLeft());
    }

    private static boolean sameKinds(List<Prop> a, List<Prop> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).type() != b.get(i).type()) {
                return false;
            }
        }
        return true;
    }

    private static Limbs limbs(Limbs a, Limbs b, double t, boolean written) {
        if (written) {
            return new Limbs(lerp(a.upperArm(), b.upperArm(), t), lerp(a.forearm(), b.forearm(), t),
                    lerp(a.thigh(), b.thigh(), t), lerp(a.shin(), b.shin(), t), lerp(a.foot(), b.foot(), t),
                    lerp(a.thighScale(), b.thighScale(), t), lerp(a.shinScale(), b.shinScale(), t),
                    lerp(a.upperArmScale(), b.upperArmScale(), t), lerp(a.forearmScale(), b.forearmScale(), t));
        }
        return new Limbs(angle(a.upperArm(), b.upperArm(), t), angle(a.forearm(), b.forearm(), t),
                angle(a.thigh(), b.thigh(), t), angle(a.shin(), b.shin(), t), angle(a.foot(), b.foot(), t),
                lerp(a.thighScale(), b.thighScale(), t), lerp(a.shinScale(), b.shinScale(), t),
                lerp(a.upperArmScale(), b.upperArmScale(), t), lerp(a.forearmScale(), b.forearmScale(), t));
    }

    static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /** Interpolates angles in degrees the short way round. */
    static double angle(double a, double b, double t) {
        double d = ((b - a) % 360 + 540) % 360 - 180;
        return a + d * t;
    }
}
