package dev.unhunch.ui.illustration;

/**
 * The angles of one side's arm and leg, in degrees. Angles are absolute in the picture:
 * 0 = up, 90 = the way the figure faces (screen right in a side view), 180 = down, 270 = back.
 * In front views 90 is screen right.
 *
 * @param upperArm shoulder to elbow
 * @param forearm elbow to hand
 * @param thigh hip to knee
 * @param shin knee to ankle
 * @param foot ankle to toes
 * @param thighScale visible fraction of the thigh's length (below 1 when it points at the viewer)
 * @param shinScale visible fraction of the shin's length
 * @param upperArmScale visible fraction of the upper arm's length (below 1 when it points at the viewer)
 * @param forearmScale visible fraction of the forearm's length (folded arms seen from the side)
 */
public record Limbs(double upperArm, double forearm, double thigh, double shin, double foot,
        double thighScale, double shinScale, double upperArmScale, double forearmScale) {

    Limbs mirrored(boolean horizontal) {
        return new Limbs(flip(upperArm, horizontal), flip(forearm, horizontal), flip(thigh, horizontal),
                flip(shin, horizontal), flip(foot, horizontal), thighScale, shinScale, upperArmScale, forearmScale);
    }

    static double flip(double angle, boolean horizontal) {
        return horizontal ? -angle : 180 - angle;
    }
}
