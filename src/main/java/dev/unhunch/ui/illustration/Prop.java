package dev.unhunch.ui.illustration;

/**
 * A thing drawn with the figure, positioned in scene units (metres-ish; floor at y = 0).
 *
 * @param type what it is
 * @param x horizontal position (meaning depends on the type, see {@link Type})
 * @param y vertical position (used by rollers and pillows)
 * @param size type-specific size: backrest height for chairs, length for a long roller
 */
public record Prop(Type type, double x, double y, double size) {

    /** The kinds of props. */
    public enum Type {
        /** Chair seen from the side; x = front edge of the seat, size = backrest height above seat. */
        CHAIR,
        /** Chair seen from the front; x = centre. */
        CHAIR_FRONT,
        /** A wall corner seen from the side: the corner edge at x. */
        CORNER,
        /** A door frame seen from the side: the frame post at x. */
        DOORWAY,
        /** Exercise mat; x = centre; seen from above when the view is a TOP view. */
        MAT,
        /** Foam roller seen end-on (a circle) at x, y. */
        ROLLER,
        /** Foam roller lying along the body: from x, length size, top at y. */
        ROLLER_LONG,
        /** Small pillow centred at x, y. */
        PILLOW
    }

    /** The same prop moved a fraction {@code t} of the way toward {@code o}. */
    Prop toward(Prop o, double t) {
        return new Prop(type, x + (o.x - x) * t, y + (o.y - y) * t, size + (o.size - size) * t);
    }
}
