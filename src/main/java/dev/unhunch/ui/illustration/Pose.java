package dev.unhunch.ui.illustration;

import java.util.List;

/**
 * A body position for one step of a stretch, as joint angles (see {@link Limbs} for the angle
 * convention) plus the props around the figure. Poses are data: they come from
 * {@code poses.json} through {@link PoseLibrary} and are drawn by {@link FigureRenderer}.
 *
 * @param view from where the figure is seen
 * @param hipX hip position in scene units (the figure is about 1.7 tall; floor at y = 0)
 * @param hipY hip height
 * @param lowerTorso angle of hip to mid-back
 * @param upperTorso angle of mid-back to shoulders; differing from {@code lowerTorso} curves the back
 * @param neck angle of shoulders to head; the face looks 90 degrees further round
 * @param headTurn how far the face turns from straight ahead (degrees): toward screen left in
 *     front views (the user's left, as in a mirror), round toward the back in profile views, and
 *     from facing forward toward the ceiling and back in the end view
 * @param twist upper-body rotation in degrees (narrows the shoulders in front views; positive
 *     turns the chest toward screen left there)
 * @param lean forward lean in front views (degrees), shown by a shorter torso
 * @param shoulderDx shoulder shift along the facing direction (shrugs, rolls)
 * @param shoulderDy shoulder shift upward
 * @param near the side nearer the viewer in side views (the figure's right when it faces screen
 *     right); in front views the limbs drawn on screen left, which are the user's left: the front
 *     view is the user's reflection in a mirror; in the end view the upper side
 * @param far the other side: farther from the viewer, screen right in front views (the user's
 *     right), the lower side in the end view
 * @param props the things drawn with the figure
 * @param cue an extra motion cue
 * @param facingLeft side and end views only: the whole scene is drawn flipped left-right, so the
 *     figure faces screen left and the near limbs are its left ones (the other side of a
 *     stretch done on each side)
 */
public record Pose(View view, double hipX, double hipY, double lowerTorso, double upperTorso, double neck,
        double headTurn, double twist, double lean, double shoulderDx, double shoulderDy, Limbs near, Limbs far,
        List<Prop> props, Cue cue, boolean facingLeft) {

    /** Scene height of the centre line used when mirroring top views. */
    static final double TOP_MIRROR_Y = 0.9;

    public Pose {
        props = List.copyOf(props);
    }

    /**
     * The same pose done on the other side: flipped left-right in front views (the reflection's
     * other hand), flipped across the body's long axis in top views, and turned to face the
     * other way in side and end views, so the working limb stays the one nearest the viewer.
     */
    public Pose mirrored() {
        if (view == View.SIDE || view == View.END) {
            return new Pose(view, hipX, hipY, lowerTorso, upperTorso, neck, headTurn, twist, lean, shoulderDx,
                    shoulderDy, near, far, props, cue, !facingLeft);
        }
        boolean horizontal = view == View.FRONT;
        boolean swapSides = !view.profile();
        List<Prop> flipped = props.stream()
                .map(p -> horizontal ? new Prop(p.type(), -p.x(), p.y(), p.size())
                        : new Prop(p.type(), p.x(), 2 * TOP_MIRROR_Y - p.y(), p.size()))
                .toList();
        double hx = horizontal ? -hipX : hipX;
        double hy = horizontal ? hipY : 2 * TOP_MIRROR_Y - hipY;
        Limbs n = near.mirrored(horizontal);
        Limbs f = far.mirrored(horizontal);
        // a profile seen from above faces the other way once flipped, so its face turns half round
        double turn = view == View.TOP_SIDE ? -180 - headTurn : -headTurn;
        return new Pose(view, hx, hy, Limbs.flip(lowerTorso, horizontal), Limbs.flip(upperTorso, horizontal),
                Limbs.flip(neck, horizontal), turn, -twist, lean, horizontal ? -shoulderDx : shoulderDx,
                shoulderDy, swapSides ? f : n, swapSides ? n : f, flipped, cue, facingLeft);
    }
}
