package dev.unhunch.ui.illustration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoseAnimatorTest {

    private final PoseLibrary library = PoseLibrary.bundled();

    @Test
    void interpolatesHalfwayAndKeepsTheEnds() {
        List<Pose> cat = library.poses("cat-stretch");
        Pose a = cat.get(1);
        Pose b = cat.get(2);
        assertThat(PoseAnimator.interpolate(a, b, 0)).isEqualTo(a);
        assertThat(PoseAnimator.interpolate(a, b, 1)).isEqualTo(b);
        Pose mid = PoseAnimator.interpolate(a, b, 0.5);
        assertThat(mid.lowerTorso()).isCloseTo((a.lowerTorso() + b.lowerTorso()) / 2, within(1e-9));
        assertThat(mid.neck()).isCloseTo((a.neck() + b.neck()) / 2, within(1e-9));
    }

    @Test
    void turnsAnglesTheShortWayRound() {
        assertThat(PoseAnimator.angle(350, 10, 0.5)).isCloseTo(360, within(1e-9));
        assertThat(PoseAnimator.angle(10, 350, 0.5)).isCloseTo(0, within(1e-9));
        assertThat(PoseAnimator.angle(-40, 20, 0.5)).isCloseTo(-10, within(1e-9));
    }

    @Test
    void movesPropsWhenBothPosesHaveThem() {
        List<Pose> rolls = library.poses("upper-back-rolls");
        Pose mid = PoseAnimator.interpolate(rolls.get(2), rolls.get(3), 0.5);
        assertThat(mid.props().get(1).x()).isCloseTo((-0.13 - 0.2) / 2, within(1e-9));
    }

    @Test
    void animatorTakesItsTimeAndEasesInAndOut() {
        List<Pose> neck = library.poses("neck-side-stretch");
        PoseAnimator anim = new PoseAnimator(neck.get(1), 2_000_000_000L);
        anim.moveTo(neck.get(2), 1_000L);
        assertThat(anim.moving(1_000L + 1_000_000_000L)).isTrue();
        double quarter = anim.poseAt(1_000L + 500_000_000L).neck();
        double half = anim.poseAt(1_000L + 1_000_000_000L).neck();
        assertThat(quarter).isLessThan(half / 2);
        assertThat(half).isCloseTo(neck.get(2).neck() / 2, within(1e-6));
        assertThat(anim.poseAt(1_000L + 2_000_000_000L)).isEqualTo(neck.get(2));
        assertThat(anim.moving(1_000L + 2_000_000_000L)).isFalse();
        anim.jumpTo(neck.get(0));
        assertThat(anim.poseAt(0)).isEqualTo(neck.get(0));
    }

    @Test
    void mirroringFlipsFrontViewsAndIsItsOwnInverse() {
        Pose tilt = library.poses("neck-side-stretch").get(2);
        Pose other = tilt.mirrored();
        assertThat(other.neck()).isEqualTo(-tilt.neck());
        assertThat(other.near().upperArm()).isEqualTo(-tilt.far().upperArm());
        assertThat(other.mirrored()).isEqualTo(tilt);
        // side and end views turn round to face the other way, the working side still nearest
        Pose side = library.poses("thread-the-needle").get(1);
        assertThat(side.mirrored().facingLeft()).isNotEqualTo(side.facingLeft());
        assertThat(side.mirrored().near()).isEqualTo(side.near());
        assertThat(side.mirrored().mirrored()).isEqualTo(side);
        Pose lying = library.poses("arm-openings").get(2);
        assertThat(lying.mirrored().mirrored()).isEqualTo(lying);
        Pose above = library.poses("childs-pose-rotation").get(1);
        assertThat(above.mirrored().mirrored().hipY()).isCloseTo(above.hipY(), within(1e-9));
    }

    @Test
    void readsOverridesOnTopOfBasesAndPreviousSteps() {
        PoseLibrary lib = PoseLibrary.read("""
                {"bases": {"b": {"view": "SIDE", "hip": [0, 0.5], "torso": 10, "both": {"thigh": 90}}},
                 "stretches": {"x": [{"base": "b"}, {"neck": 30, "near": {"upperArm": 90}}, {"torso": 0}]}}""");
        List<Pose> x = lib.poses("x");
        assertThat(x).hasSize(3);
        assertThat(x.get(0).upperTorso()).isEqualTo(10);
        assertThat(x.get(1).neck()).isEqualTo(30);
        assertThat(x.get(1).near().upperArm()).isEqualTo(90);
        assertThat(x.get(1).near().thigh()).isEqualTo(90);
        assertThat(x.get(2).neck()).isEqualTo(30);
        assertThat(x.get(2).lowerTorso()).isEqualTo(0);
        assertThat(x.get(0).near().foot()).isEqualTo(90);
    }
}
