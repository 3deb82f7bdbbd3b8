package dev.unhunch.ui.illustration;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/** Motion arrows: where the body goes from the step before, and circling or twisting cues. */
final class Cues {

    private static final double MIN_MOVE = 0.08;
    private static final float WIDTH = 0.022f;
    private static final double HEAD = 0.065;
    private static final double FLOOR_CLEARANCE = 0.04;

    private Cues() {
    }

    /** An arrow from the part that moved most in {@code before} to where it is in {@code after}. */
    static void motionArrow(Graphics2D g, Skeleton before, Skeleton after, boolean fromAbove, Color accent) {
        Point2D[] a = keyPoints(before);
        Point2D[] b = keyPoints(after);
        int best = -1;
        double most = MIN_MOVE;
        for (int i = 0; i < a.length; i++) {
            double d = a[i].distance(b[i]);
            if (d > most) {
                most = d;
                best = i;
            }
        }
        if (best < 0) {
            return;
        }
        Point2D from = a[best];
        Point2D to = b[best];
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double len = Math.hypot(dx, dy);
        // start and stop a little short of the joints and bow the path outward, away from the body
        double trim = Math.min(0.12, len * 0.2);
        Point2D s = new Point2D.Double(from.getX() + dx / len * trim, from.getY() + dy / len * trim);
        Point2D e = new Point2D.Double(to.getX() - dx / len * trim, to.getY() - dy / len * trim);
        double nx = -dy / len;
        double ny = dx / len;
        Point2D centre = after.mid;
        Point2D halfway = new Point2D.Double((s.getX() + e.getX()) / 2, (s.getY() + e.getY()) / 2);
        if ((halfway.getX() - centre.getX()) * nx + (halfway.getY() - centre.getY()) * ny < 0) {
            nx = -nx;
            ny = -ny;
        }
        double bow = len * 0.18;
        if (!fromAbove && halfway.getY() + ny * bow < FLOOR_CLEARANCE) {
            // never through the floor: an arm swept from the front to the back goes over the top
            nx = -nx;
            ny = -ny;
        }
        List<Point2D> path = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            double t = i / 20.0;
            double k = 4 * t * (1 - t) * bow;
            path.add(new Point2D.Double(s.getX() + (e.getX() - s.getX()) * t + nx * k,
                    s.getY() + (e.getY() - s.getY()) * t + ny * k));
        }
        arrow(g, path, accent);
    }

    private static Point2D[] keyPoints(Skeleton s) {
        return new Point2D[] {s.head, s.near.hand, s.far.hand, s.near.elbow, s.far.elbow, s.shoulder,
            s.near.knee, s.far.knee, s.near.ankle, s.hip};
    }

    /** Explicit cues: circles around the shoulder, a ring around the upper body for twists. */
    static void paint(Graphics2D g, Pose pose, Skeleton s, Color accent) {
        switch (pose.cue()) {
            case CIRCLE_BACK -> circle(g, Skeleton.offset(s.shoulder, 0, -0.04), 0.09, true, accent);
            case CIRCLE_FORWARD -> circle(g, Skeleton.offset(s.shoulder, 0, -0.04), 0.09, false, accent);
            case TWIST -> twist(g, pose, s, accent);
            case NONE -> { }
        }
    }

    /** In a side view facing right, "back" circles go up, back (left), down: counter-clockwise. */
    private static void circle(Graphics2D g, Point2D c, double r, boolean back, Color accent) {
        List<Point2D> path = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            double a = Math.toRadians(-60 + i * 7.5) * (back ? 1 : -1) + (back ? 0 : Math.PI);
            path.add(new Point2D.Double(c.getX() + r * Math.cos(a), c.getY() + r * Math.sin(a)));
        }
        arrow(g, path, accent);
    }

    private static void twist(Graphics2D g, Pose pose, Skeleton s, Color accent) {
        Point2D c = new Point2D.Double((s.mid.getX() + s.shoulder.getX()) / 2, (s.mid.getY() + s.shoulder.getY()) / 2);
        double rx = 0.26;
        double ry = 0.07;
        // a positive twist turns the chest to screen left in front views (the user's left in the
        // mirror, where the face turns too), so the front of the ring sweeps that way
        double sign = (pose.twist() >= 0 ? 1 : -1) * (pose.view().profile() ? 1 : -1);
        List<Point2D> path = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            // the front half of the ring, sweeping toward the turn
            double a = Math.toRadians(200 + i * 7) * sign + (sign < 0 ? Math.PI : 0);
            path.add(new Point2D.Double(c.getX() + rx * Math.cos(a), c.getY() + ry * Math.sin(a)));
        }
        arrow(g, path, accent);
    }

    private static void arrow(Graphics2D g, List<Point2D> path, Color accent) {
        Path2D line = new Path2D.Double();
        line.moveTo(path.get(0).getX(), path.get(0).getY());
        for (int i = 1; i < path.size(); i++) {
            line.lineTo(path.get(i).getX(), path.get(i).getY());
        }
        g.setColor(accent);
        g.setStroke(FigureRenderer.round(WIDTH));
        g.draw(line);
        Point2D tip = path.get(path.size() - 1);
        Point2D prev = path.get(path.size() - 3);
        double ang = Math.atan2(tip.getY() - prev.getY(), tip.getX() - prev.getX());
        Path2D head = new Path2D.Double();
        head.moveTo(tip.getX() + Math.cos(ang) * HEAD * 0.4, tip.getY() + Math.sin(ang) * HEAD * 0.4);
        head.lineTo(tip.getX() + Math.cos(ang + 2.6) * HEAD, tip.getY() + Math.sin(ang + 2.6) * HEAD);
        head.lineTo(tip.getX() + Math.cos(ang - 2.6) * HEAD, tip.getY() + Math.sin(ang - 2.6) * HEAD);
        head.closePath();
        g.fill(head);
    }
}
