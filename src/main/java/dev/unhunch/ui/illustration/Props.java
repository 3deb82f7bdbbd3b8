package dev.unhunch.ui.illustration;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Draws the floor and a pose's props in quiet shades, in scene units. */
final class Props {

    private Props() {
    }

    static void paintBehind(Graphics2D g, Pose pose, FigureColors c) {
        Color line = c.toward(0.55);
        Color fill = c.toward(0.86);
        // rollers a shade stronger than the mat they lie on, so they stand out under the body
        Color roller = c.toward(0.72);
        // mats first: they lie under everything
        for (Prop p : pose.props()) {
            if (p.type() == Prop.Type.MAT) {
                Shape mat = pose.view().fromAbove()
                        ? FigureRenderer.box(p.x() - 0.95, p.y() - p.size() / 2, 1.9, p.size(), 0.12)
                        : FigureRenderer.box(p.x() - 0.9, -0.01, 1.8, 0.03, 0.03);
                filled(g, mat, fill, line, 0.012f);
            }
        }
        if (!pose.view().fromAbove()) {
            g.setColor(c.toward(0.6));
            g.setStroke(FigureRenderer.round(0.012f));
            g.draw(new Line2D.Double(-1.0, -0.01, 1.0, -0.01));
        }
        for (Prop p : pose.props()) {
            switch (p.type()) {
                case CHAIR -> chair(g, p, fill, line);
                case CHAIR_FRONT -> chairFront(g, p, fill, line);
                case CORNER -> corner(g, p, c);
                case DOORWAY -> filled(g, FigureRenderer.box(p.x() - 0.045, -0.01, 0.09, 1.95, 0.03), fill, line, 0.012f);
                case ROLLER -> filled(g, new Ellipse2D.Double(p.x() - 0.075, p.y() - 0.075, 0.15, 0.15), roller, line, 0.014f);
                case ROLLER_LONG -> rollerAlong(g, p, roller, line);
                case PILLOW -> filled(g, new Ellipse2D.Double(p.x() - p.size() / 2, p.y() - 0.06, p.size(), 0.12), fill, line, 0.012f);
                case MAT -> { }
            }
        }
    }

    /** The scene area a prop needs to be recognisable, or null if it may be cut (walls, mats). */
    static Rectangle2D extent(Prop p, View view) {
        return switch (p.type()) {
            case CHAIR -> new Rectangle2D.Double(p.x() - 0.48, 0, 0.48, 0.44 + p.size());
            case CHAIR_FRONT -> new Rectangle2D.Double(p.x() - 0.27, 0, 0.54, 0.44 + p.size());
            case DOORWAY -> new Rectangle2D.Double(p.x() - 0.06, 0.3, 0.12, 0.1);
            case CORNER -> new Rectangle2D.Double(p.x() - 0.05, 0.3, 0.1, 0.1);
            case ROLLER -> new Rectangle2D.Double(p.x() - 0.08, p.y() - 0.08, 0.16, 0.16);
            case ROLLER_LONG -> new Rectangle2D.Double(p.x(), p.y() - 0.15, p.size(), 0.15);
            case PILLOW -> new Rectangle2D.Double(p.x() - p.size() / 2, p.y() - 0.06, p.size(), 0.12);
            // a mat seen from above frames the figure on it, so it is shown whole
            case MAT -> view.fromAbove() ? new Rectangle2D.Double(p.x() - 0.95, p.y() - p.size() / 2, 1.9, p.size()) : null;
        };
    }

    static void paintInFront(Graphics2D g, Pose pose, FigureColors c) {
        // nothing is drawn over the figure today; kept as the hook for door frames seen head-on
    }

    private static void filled(Graphics2D g, Shape s, Color fill, Color line, float width) {
        g.setColor(fill);
        g.fill(s);
        g.setColor(line);
        g.setStroke(FigureRenderer.round(width));
        g.draw(s);
    }

    /** A foam roller lying along the body, seen from the side: a long body and its round end. */
    private static void rollerAlong(Graphics2D g, Prop p, Color fill, Color line) {
        filled(g, FigureRenderer.box(p.x(), p.y() - 0.15, p.size(), 0.15, 0.15), fill, line, 0.014f);
        g.setColor(line);
        g.setStroke(FigureRenderer.round(0.01f));
        g.draw(new Ellipse2D.Double(p.x() + p.size() - 0.06, p.y() - 0.15, 0.06, 0.15));
    }

    /** Side view: x is the front edge of the seat, size the backrest height above the seat. */
    private static void chair(Graphics2D g, Prop p, Color fill, Color line) {
        double front = p.x();
        double back = front - 0.42;
        double seat = 0.44;
        g.setColor(line);
        g.setStroke(FigureRenderer.round(0.025f));
        g.draw(new Line2D.Double(front - 0.03, 0, front - 0.03, seat));
        g.draw(new Line2D.Double(back + 0.02, 0, back + 0.02, seat));
        Path2D rest = new Path2D.Double();
        rest.moveTo(back + 0.02, seat);
        rest.lineTo(back - 0.02, seat + p.size());
        g.setStroke(FigureRenderer.round(0.03f));
        g.draw(rest);
        filled(g, FigureRenderer.box(back - 0.04, seat + p.size() - 0.16, 0.06, 0.18, 0.05), fill, line, 0.012f);
        filled(g, FigureRenderer.box(back, seat - 0.04, front - back, 0.045, 0.03), fill, line, 0.012f);
    }

    private static void chairFront(Graphics2D g, Prop p, Color fill, Color line) {
        double x = p.x();
        double seat = 0.44;
        filled(g, FigureRenderer.box(x - 0.2, seat, 0.4, p.size(), 0.06), fill, line, 0.012f);
        g.setColor(line);
        g.setStroke(FigureRenderer.round(0.025f));
        g.draw(new Line2D.Double(x - 0.22, 0, x - 0.22, seat));
        g.draw(new Line2D.Double(x + 0.22, 0, x + 0.22, seat));
        filled(g, FigureRenderer.box(x - 0.26, seat - 0.04, 0.52, 0.05, 0.03), fill, line, 0.012f);
    }

    /** Side view of a wall corner: the two walls meet at x, the near wall shaded up to it. */
    private static void corner(Graphics2D g, Prop p, FigureColors c) {
        // the near wall recedes from the corner edge toward the viewer: a slanted base line shows it
        double x = p.x();
        Path2D wall = new Path2D.Double();
        wall.moveTo(x, -0.01);
        wall.lineTo(x, 1.94);
        wall.lineTo(x - 0.55, 1.94);
        wall.lineTo(x - 0.55, -0.09);
        wall.closePath();
        g.setColor(c.toward(0.92));
        g.fill(wall);
        g.setColor(c.toward(0.55));
        g.setStroke(FigureRenderer.round(0.016f));
        g.draw(new Line2D.Double(x, -0.01, x, 1.94));
        g.setStroke(FigureRenderer.round(0.01f));
        g.draw(new Line2D.Double(x, -0.01, x - 0.55, -0.09));
    }
}
