package dev.unhunch.ui.illustration;

import java.awt.geom.Point2D;

/**
 * Joint positions of a pose in scene units (y up, floor at 0). Pure geometry, shared by the
 * renderer, the motion arrows and the tests.
 */
final class Skeleton {

    static final double LOWER_TORSO = 0.26;
    static final double UPPER_TORSO = 0.26;
    static final double NECK = 0.07;
    static final double HEAD_RADIUS = 0.105;
    static final double UPPER_ARM = 0.29;
    static final double FOREARM = 0.27;
    static final double THIGH = 0.42;
    static final double SHIN = 0.42;
    static final double FOOT = 0.15;
    static final double FRONT_FOOT = 0.08;
    static final double SHOULDER_HALF = 0.17;
    static final double HIP_HALF = 0.09;

    final Point2D hip;
    final Point2D mid;
    final Point2D shoulder;
    final Point2D head;
    final Side near;
    final Side far;

    /** Joints of one side. */
    static final class Side {
        final Point2D shoulder;
        final Point2D elbow;
        final Point2D hand;
        final Point2D hip;
        final Point2D knee;
        final Point2D ankle;
        final Point2D toe;

        Side(Point2D shoulder, Point2D hip, Limbs l, boolean profile, boolean nearSide) {
            this.shoulder = shoulder;
            this.elbow = step(shoulder, l.upperArm(), UPPER_ARM * l.upperArmScale());
            this.hand = step(elbow, l.forearm(), FOREARM * l.forearmScale());
            this.hip = hip;
            this.knee = step(hip, l.thigh(), THIGH * l.thighScale());
            this.ankle = step(knee, l.shin(), SHIN * l.shinScale());
            this.toe = profile ? step(ankle, l.foot(), FOOT)
                    : step(ankle, l.shin() + (nearSide ? 90 : -90), FRONT_FOOT);
        }
    }

    Skeleton(Pose p) {
        boolean profile = p.view().profile();
        double torsoScale = torsoScale(p);
        hip = new Point2D.Double(p.hipX(), p.hipY());
        mid = step(hip, p.lowerTorso(), LOWER_TORSO * torsoScale);
        Point2D top = step(mid, p.upperTorso(), UPPER_TORSO * torsoScale);
        // shoulder shifts are along the facing direction and along the upper torso
        Point2D fwd = dir(p.upperTorso() + 90);
        Point2D up = dir(p.upperTorso());
        shoulder = new Point2D.Double(top.getX() + fwd.getX() * p.shoulderDx() + up.getX() * p.shoulderDy(),
                top.getY() + fwd.getY() * p.shoulderDx() + up.getY() * p.shoulderDy());
        // seen from the head end, the head is in front of the neck, between the shoulders
        head = p.view() == View.END ? top : step(top, p.neck(), NECK + HEAD_RADIUS);
        if (profile) {
            // the far side sits a little behind so both stay visible
            near = new Side(shoulder, hip, p.near(), true, true);
            Point2D farShoulder = offset(shoulder, -0.015, 0.01);
            far = new Side(farShoulder, offset(hip, -0.015, 0.0), p.far(), true, false);
        } else {
            double half = SHOULDER_HALF * Math.max(0.25, Math.cos(Math.toRadians(p.twist())));
            Point2D across = dir(p.upperTorso() + 90);
            Point2D hipAcross = dir(p.lowerTorso() + 90);
            near = new Side(offset(shoulder, -across.getX() * half, -across.getY() * half),
                    offset(hip, -hipAcross.getX() * HIP_HALF, -hipAcross.getY() * HIP_HALF), p.near(), false, true);
            far = new Side(offset(shoulder, across.getX() * half, across.getY() * half),
                    offset(hip, hipAcross.getX() * HIP_HALF, hipAcross.getY() * HIP_HALF), p.far(), false, false);
        }
    }

    /**
     * The visible fraction of the torso's length: all of it in profile, shortened by the lean in
     * front views, none seen from the head end (the body points away from the viewer).
     */
    static double torsoScale(Pose p) {
        if (p.view().profile()) {
            return 1;
        }
        return p.view() == View.END ? 0 : Math.cos(Math.toRadians(p.lean()));
    }

    /** Unit vector for an angle in degrees (0 up, 90 right). */
    static Point2D dir(double degrees) {
        double r = Math.toRadians(degrees);
        return new Point2D.Double(Math.sin(r), Math.cos(r));
    }

    static Point2D step(Point2D from, double degrees, double length) {
        Point2D d = dir(degrees);
        return new Point2D.Double(from.getX() + d.getX() * length, from.getY() + d.getY() * length);
    }

    static Point2D offset(Point2D p, double dx, double dy) {
        return new Point2D.Double(p.getX() + dx, p.getY() + dy);
    }
}
