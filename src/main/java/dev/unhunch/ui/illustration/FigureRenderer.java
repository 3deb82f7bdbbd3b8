package dev.unhunch.ui.illustration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws a {@link Pose} with Java2D at any size: rounded limbs, a curved back, the head with a
 * small eye showing where it faces, props in a quieter shade, and motion cues (a faint "before"
 * figure and an arrow to where the body goes, or a circling / twisting arrow).
 */
public final class FigureRenderer {

    /** Scene area always shown, so every pose has the same scale. */
    static final Rectangle2D SCENE = new Rectangle2D.Double(-1.05, -0.08, 2.1, 2.0);

    /** Smallest scene width a frame shows, so short poses are not blown up. */
    public static final double MIN_FRAME_W = 1.2;
    /** Smallest scene height a frame shows. */
    public static final double MIN_FRAME_H = 0.9;
    private static final double MARGIN = 0.1;
    private static final float LIMB = 0.075f;
    private static final float TORSO_SIDE = 0.13f;
    private static final float TORSO_FRONT = 0.2f;
    private static final double HAND = 0.035;
    private static final float END_BODY = 0.17f;
    private static final double CLASPED = 0.04;

    private FigureRenderer() {
    }

    /** Renders a pose (and optionally the pose before it as a ghost) to a new image. */
    public static BufferedImage render(Pose pose, Pose before, int width, int height, FigureColors colors) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(colors.background());
            g.fillRect(0, 0, width, height);
            paint(g, pose, before, new Rectangle2D.Double(0, 0, width, height), colors);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Paints a pose into {@code bounds}, keeping its aspect ratio. Does not fill the background.
     *
     * @param before the previous pose, drawn faintly with an arrow to this one; may be null
     */
    public static void paint(Graphics2D g0, Pose pose, Pose before, Rectangle2D bounds, FigureColors colors) {
        paint(g0, pose, before, bounds, colors,
                before == null || before.view() != pose.view() ? frame(List.of(pose)) : frame(List.of(pose, before)));
    }

    /**
     * Paints a pose into {@code bounds} showing the scene area {@code frame} (see
     * {@link #frame(List)}); use one frame for all steps of a stretch so the figure keeps its size.
     */
    public static void paint(Graphics2D g0, Pose pose, Pose before, Rectangle2D bounds, FigureColors colors,
            Rectangle2D frame) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.clip(bounds);
            double scale = Math.min(bounds.getWidth() / frame.getWidth(), bounds.getHeight() / frame.getHeight());
            g.translate(bounds.getCenterX(), bounds.getCenterY());
            g.scale(scale, -scale);
            g.translate(-frame.getCenterX(), -frame.getCenterY());
            if (pose.facingLeft()) {
                // the other side of a side or end view: the whole scene turned round
                g.scale(-1, 1);
            }
            paintScene(g, pose, before, colors);
        } finally {
            g.dispose();
        }
    }

    private static void paintScene(Graphics2D g, Pose pose, Pose before0, FigureColors c) {
        Pose before = before0 != null && before0.view() == pose.view() && before0.facingLeft() == pose.facingLeft()
                ? before0 : null;
        Props.paintBehind(g, pose, c);
        if (before != null) {
            paintFigure(g, new Skeleton(before), before, c.toward(0.8), c.toward(0.85), c.background());
        }
        Skeleton s = new Skeleton(pose);
        paintFigure(g, s, pose, c.foreground(), c.toward(pose.view().profile() ? 0.45 : 0.12), c.background());
        Props.paintInFront(g, pose, c);
        boolean circling = pose.cue() == Cue.CIRCLE_BACK || pose.cue() == Cue.CIRCLE_FORWARD;
        if (before != null && !circling) {
            Cues.motionArrow(g, new Skeleton(before), s, pose.view().fromAbove(), c.accent());
        }
        Cues.paint(g, pose, s, c.accent());
    }

    private static void paintFigure(Graphics2D g, Skeleton s, Pose p, Color fg, Color farColor, Color bg) {
        boolean profile = p.view().profile();
        boolean end = p.view() == View.END;
        if (end) {
            // seen from the head end the legs are the farthest part: behind everything, lighter
            Color legs = FigureColors.mix(farColor, bg, 0.15);
            paintLeg(g, s.far, legs);
            paintLeg(g, s.near, legs);
            paintArm(g, s.far, farColor);
        } else {
            paintSide(g, s.far, farColor, profile);
        }
        // torso: a curve from hip through mid-back to shoulders
        g.setColor(fg);
        if (p.view() == View.END) {
            // the chest and hips in cross-section: the shoulders stacked one above the other
            g.setStroke(round(END_BODY));
            g.draw(new Line2D.Double(s.near.hip, s.far.hip));
            g.draw(new Line2D.Double(s.near.shoulder, s.far.shoulder));
        } else {
            g.setStroke(round(profile ? TORSO_SIDE : TORSO_FRONT));
            g.draw(spine(s.hip, s.mid, s.shoulder, p));
        }
        if (!profile && p.view() != View.END) {
            g.setStroke(round(0.09f));
            g.draw(new Line2D.Double(s.near.shoulder, s.far.shoulder));
            g.draw(new Line2D.Double(s.near.hip, s.far.hip));
        }
        Point2D neckBase = Skeleton.step(s.mid, p.upperTorso(), Skeleton.UPPER_TORSO * Skeleton.torsoScale(p));
        g.setStroke(round(0.06f));
        g.draw(new Line2D.Double(neckBase, s.head));
        double r = Skeleton.HEAD_RADIUS;
        Ellipse2D head = new Ellipse2D.Double(s.head.getX() - r, s.head.getY() - r, 2 * r, 2 * r);
        g.fill(head);
        if (end) {
            // the head is in front of the chest: a ring in the background colour keeps it apart
            g.setColor(bg);
            g.setStroke(round(0.025f));
            g.draw(head);
            g.setColor(fg);
        }
        paintFace(g, s, p, bg);
        if (end) {
            paintArm(g, s.near, fg);
        } else {
            paintSide(g, s.near, fg, profile);
        }
        if (profile && clasped(s, p)) {
            // hands held together in the air (laced fingers) show as one larger fist; not hands on the floor
            g.setColor(fg);
            Point2D h = s.near.hand;
            g.fill(new Ellipse2D.Double(h.getX() - 1.6 * HAND, h.getY() - 1.6 * HAND, 3.2 * HAND, 3.2 * HAND));
        }
    }

    /**
     * Whether the hands are held together in the air (laced fingers, hands behind the head): not
     * hands on the floor, on a wall or door frame, nor folded arms (forearms seen end-on).
     */
    static boolean clasped(Skeleton s, Pose p) {
        boolean leaning = p.props().stream()
                .anyMatch(x -> x.type() == Prop.Type.CORNER || x.type() == Prop.Type.DOORWAY);
        return !leaning && s.near.hand.distance(s.far.hand) < CLASPED && s.near.hand.getY() > s.hip.getY()
                && p.near().forearmScale() == 1 && p.far().forearmScale() == 1;
    }

    private static void paintFace(Graphics2D g, Skeleton s, Pose p, Color bg) {
        double e = 0.022;
        if (p.view() == View.TOP_BACK) {
            // face down: the back of the head, no face
            return;
        }
        if (p.view() == View.END) {
            // seen from the top of the head: the nose shows where the face points
            double facing = p.neck() + 90 + p.headTurn();
            Point2D nose = Skeleton.step(s.head, facing, Skeleton.HEAD_RADIUS);
            double n = 0.03;
            g.fill(new Ellipse2D.Double(nose.getX() - n, nose.getY() - n, 2 * n, 2 * n));
            g.setColor(bg);
            Point2D eye = Skeleton.step(s.head, facing, 0.05);
            g.fill(new Ellipse2D.Double(eye.getX() - e, eye.getY() - e, 2 * e, 2 * e));
            return;
        }
        g.setColor(bg);
        if (p.view().profile()) {
            Point2D eye = Skeleton.step(s.head, p.neck() + 90 + p.headTurn(), 0.055);
            g.fill(new Ellipse2D.Double(eye.getX() - e, eye.getY() - e, 2 * e, 2 * e));
        } else {
            double turn = Math.sin(Math.toRadians(p.headTurn())) * 0.06;
            for (int sign = -1; sign <= 1; sign += 2) {
                double across = sign * 0.04 * Math.cos(Math.toRadians(p.headTurn())) - turn;
                Point2D eye = Skeleton.step(Skeleton.step(s.head, p.neck() + 90, across), p.neck(), 0.015);
                g.fill(new Ellipse2D.Double(eye.getX() - e * 0.8, eye.getY() - e * 0.8, 1.6 * e, 1.6 * e));
            }
        }
    }

    private static void paintSide(Graphics2D g, Skeleton.Side side, Color color, boolean profile) {
        paintLeg(g, side, color);
        paintArm(g, side, color);
    }

    private static void paintLeg(Graphics2D g, Skeleton.Side side, Color color) {
        g.setColor(color);
        g.setStroke(round(LIMB * 1.1f));
        Path2D leg = new Path2D.Double();
        leg.moveTo(side.hip.getX(), side.hip.getY());
        leg.lineTo(side.knee.getX(), side.knee.getY());
        leg.lineTo(side.ankle.getX(), side.ankle.getY());
        g.draw(leg);
        g.setStroke(round(LIMB * 0.8f));
        g.draw(new Line2D.Double(side.ankle, side.toe));
    }

    private static void paintArm(Graphics2D g, Skeleton.Side side, Color color) {
        g.setColor(color);
        g.setStroke(round(LIMB));
        Path2D arm = new Path2D.Double();
        arm.moveTo(side.shoulder.getX(), side.shoulder.getY());
        arm.lineTo(side.elbow.getX(), side.elbow.getY());
        arm.lineTo(side.hand.getX(), side.hand.getY());
        g.draw(arm);
        g.fill(new Ellipse2D.Double(side.hand.getX() - HAND, side.hand.getY() - HAND, 2 * HAND, 2 * HAND));
    }

    /**
     * The frame for showing {@code pose} among {@code all} the poses of a stretch: the frame of
     * those seen from the same view, so a stretch that changes view keeps each view's scale.
     */
    public static Rectangle2D frameFor(List<Pose> all, Pose pose) {
        return frame(all.stream().filter(p -> p.view() == pose.view()).toList());
    }

    /**
     * The scene area that shows every one of the poses with a margin: the union of their joints,
     * heads and props, never smaller than {@link #MIN_FRAME_W} by {@link #MIN_FRAME_H}.
     */
    public static Rectangle2D frame(List<Pose> poses) {
        Rectangle2D box = null;
        for (Pose p : poses) {
            Skeleton s = new Skeleton(p);
            double r = Skeleton.HEAD_RADIUS;
            Rectangle2D b = new Rectangle2D.Double(s.head.getX() - r, s.head.getY() - r, 2 * r, 2 * r);
            for (Skeleton.Side side : List.of(s.near, s.far)) {
                for (Point2D pt : List.of(side.shoulder, side.elbow, side.hand, side.hip, side.knee, side.ankle, side.toe)) {
                    b.add(pt);
                }
            }
            b.add(s.mid);
            if (!p.view().fromAbove()) {
                b.add(b.getX(), 0);
            }
            for (Prop prop : p.props()) {
                Rectangle2D e = Props.extent(prop, p.view());
                if (e != null) {
                    b.add(e);
                }
            }
            if (p.facingLeft()) {
                b = new Rectangle2D.Double(-b.getMaxX(), b.getY(), b.getWidth(), b.getHeight());
            }
            if (box == null) {
                box = b;
            } else {
                box.add(b);
            }
        }
        if (box == null) {
            return SCENE;
        }
        double w = Math.max(MIN_FRAME_W, box.getWidth() + 2 * MARGIN);
        double h = Math.max(MIN_FRAME_H, box.getHeight() + 2 * MARGIN);
        return new Rectangle2D.Double(box.getCenterX() - w / 2, box.getCenterY() - h / 2, w, h);
    }

    /**
     * The back from hip through mid-back to the shoulders: two curves that leave the hip along
     * the lower torso's angle and reach the shoulders along the upper torso's, so a bend shows
     * where the two meet (the mid-back), not at the hip.
     */
    static Shape spine(Point2D hip, Point2D mid, Point2D shoulder, Pose p) {
        double lower = hip.distance(mid) / 3;
        double upper = mid.distance(shoulder) / 3;
        Point2D lowerDir = Skeleton.dir(p.lowerTorso());
        Point2D upperDir = Skeleton.dir(p.upperTorso());
        double mx = lowerDir.getX() + upperDir.getX();
        double my = lowerDir.getY() + upperDir.getY();
        double ml = Math.hypot(mx, my);
        if (ml < 1e-6) {
            return curveThrough(hip, mid, shoulder);
        }
        mx /= ml;
        my /= ml;
        Path2D path = new Path2D.Double();
        path.moveTo(hip.getX(), hip.getY());
        path.curveTo(hip.getX() + lowerDir.getX() * lower, hip.getY() + lowerDir.getY() * lower,
                mid.getX() - mx * lower, mid.getY() - my * lower, mid.getX(), mid.getY());
        path.curveTo(mid.getX() + mx * upper, mid.getY() + my * upper,
                shoulder.getX() - upperDir.getX() * upper, shoulder.getY() - upperDir.getY() * upper,
                shoulder.getX(), shoulder.getY());
        return path;
    }

    static Shape curveThrough(Point2D a, Point2D mid, Point2D b) {
        double cx = 2 * mid.getX() - (a.getX() + b.getX()) / 2;
        double cy = 2 * mid.getY() - (a.getY() + b.getY()) / 2;
        return new QuadCurve2D.Double(a.getX(), a.getY(), cx, cy, b.getX(), b.getY());
    }

    static BasicStroke round(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static RoundRectangle2D box(double x, double y, double w, double h, double arc) {
        return new RoundRectangle2D.Double(x, y, w, h, arc, arc);
    }

    static AffineTransform identity() {
        return new AffineTransform();
    }
}
