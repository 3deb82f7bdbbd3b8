package dev.unhunch.ui.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.stretch.Equipment;
import dev.unhunch.core.stretch.Posture;
import dev.unhunch.core.stretch.Side;
import dev.unhunch.core.stretch.Stretch;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.ui.i18n.Texts;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pins what the figures must show for their step text to be true: tests of the pose data and
 * the skeleton it gives, in scene units (the figure is about 1.7 tall), not of pixels.
 */
class PoseGeometryTest {

    private final StretchCatalog catalog = StretchCatalog.bundled();
    private final PoseLibrary library = PoseLibrary.bundled();

    @AfterEach
    void englishAgain() {
        Texts.setLocale(Locale.ENGLISH);
    }

    private List<Pose> poses(String id) {
        return library.poses(id);
    }

    private static Skeleton bones(Pose p) {
        return new Skeleton(p);
    }

    @Test
    void armPressCurlKeepsTheLowerBackStillAndTheFingersLaced() {
        Pose setup = poses("arm-press-curl").get(0);
        Pose hold = poses("arm-press-curl").get(1);
        Skeleton a = bones(setup);
        Skeleton b = bones(hold);
        // "keep the lower back still": pelvis and mid-back do not move (within 1 cm), the curl is above
        assertThat(b.hip.distance(a.hip)).isLessThan(0.01);
        assertThat(b.mid.distance(a.mid)).isLessThan(0.01);
        assertThat(hold.lowerTorso()).isCloseTo(setup.lowerTorso(), org.assertj.core.data.Offset.offset(3.0));
        assertThat(hold.upperTorso() - hold.lowerTorso()).as("the upper back rounds").isGreaterThan(12);
        // laced fingers: both hands together, in front of the chest, between mid-back and shoulders
        assertThat(a.near.hand.distance(a.far.hand)).isLessThan(0.04);
        assertThat(a.near.hand.getX()).isGreaterThan(a.shoulder.getX() + 0.1);
        assertThat(a.near.hand.getY()).isBetween(a.mid.getY(), a.shoulder.getY());
        // the push: palms at shoulder height, elbows straight
        assertThat(Math.abs(b.near.hand.getY() - b.shoulder.getY())).isLessThan(0.08);
        assertThat(Math.abs(hold.near().upperArm() - hold.near().forearm())).isLessThan(10);
    }

    @Test
    void chairExtensionLeansBackOverTheTopOfTheBackrestWithArmsFolded() {
        List<Pose> list = poses("chair-extension");
        Prop chair = prop(list.get(2), Prop.Type.CHAIR);
        Point2D backrestTop = new Point2D.Double(chair.x() - 0.42, 0.44 + chair.size());
        Skeleton folded = bones(list.get(1));
        Skeleton hold = bones(list.get(2));
        // the bend is at the mid-back, level with the top of the backrest (within 5 cm), below the shoulders
        assertThat(Math.abs(hold.mid.getY() - backrestTop.getY())).isLessThan(0.05);
        assertThat(hold.mid.getX() - backrestTop.getX()).isBetween(0.0, 0.15);
        assertThat(list.get(2).lowerTorso()).isCloseTo(list.get(0).lowerTorso(), org.assertj.core.data.Offset.offset(3.0));
        assertThat(list.get(2).upperTorso()).as("upper back leans back").isLessThan(-25);
        assertThat(backrestTop.getY()).as("backrest ends below the shoulder blades").isLessThan(hold.shoulder.getY());
        // arms folded across the chest: hands close to the chest, forearms seen end-on (short)
        for (Skeleton.Side side : List.of(folded.near, folded.far)) {
            assertThat(side.hand.distance(side.elbow)).isLessThan(0.15);
            assertThat(side.hand.getY()).isBetween(folded.hip.getY() + 0.15, folded.shoulder.getY());
        }
    }

    @Test
    void lyingStretchesAreSeenAtFloorLevelAndKneelingOnesFromTheSide() {
        for (Stretch s : catalog.all()) {
            List<Pose> list = poses(s.id());
            if (s.postures().contains(Posture.LYING)) {
                assertThat(list).as(s.id()).allMatch(p -> p.view() == View.SIDE || p.view() == View.END);
            }
            if (s.postures().contains(Posture.ALL_FOURS)) {
                assertThat(list.get(0).view()).as(s.id() + " setup").isEqualTo(View.SIDE);
                // a reach to one side can only be seen from above: then face down, never face up
                assertThat(list).as(s.id()).allMatch(p -> p.view() == View.SIDE || p.view() == View.TOP_BACK);
            }
        }
    }

    @Test
    void sideLyingStretchesShowTheArmOpeningBackAndTheHeadTurning() {
        for (String id : List.of("side-lying-rotation", "arm-openings")) {
            List<Pose> list = poses(id);
            Pose setup = list.get(1);
            Pose hold = list.get(2);
            Skeleton a = bones(setup);
            Skeleton b = bones(hold);
            // written lying on the right side, seen from the head end: the chest faces screen right
            assertThat(a.near.hand.getX()).as(id + " arms in front").isGreaterThan(a.shoulder.getX() + 0.3);
            assertThat(a.far.hand.getY()).as(id + " lower arm on the floor").isLessThan(0.06);
            assertThat(b.near.hand.getX()).as(id + " top arm back behind").isLessThan(b.shoulder.getX() - 0.3);
            assertThat(b.near.hand.getY()).as(id + " above the floor").isGreaterThan(-0.01);
            double faceBefore = setup.neck() + 90 + setup.headTurn();
            double faceAfter = hold.neck() + 90 + hold.headTurn();
            assertThat(Math.abs(faceAfter - faceBefore)).as(id + " head turns to look back").isGreaterThan(90);
        }
        // on the way there and back the arm sweeps over the top, never through the floor
        for (String id : List.of("side-lying-rotation", "arm-openings")) {
            List<Pose> list = poses(id);
            for (int step = 2; step <= 3; step++) {
                for (int i = 0; i <= 20; i++) {
                    Pose mid = PoseAnimator.interpolate(list.get(step - 1), list.get(step), i / 20.0);
                    Skeleton k = bones(mid);
                    assertThat(Math.min(k.near.hand.getY(), k.near.elbow.getY())).as(id + " " + step + " " + i)
                            .isGreaterThan(-0.01);
                }
            }
        }
        // the top knee rests on the floor in front
        Skeleton knee = bones(poses("side-lying-rotation").get(1));
        assertThat(knee.near.knee.getY()).isLessThan(0.06);
        assertThat(knee.near.knee.getX()).isGreaterThan(0.2);
    }

    @Test
    void rollerStretchLiesAlongTheRollerWithKneesBentAndFeetFlat() {
        List<Pose> list = poses("roller-stretch");
        for (Pose p : list) {
            Prop roller = prop(p, Prop.Type.ROLLER_LONG);
            Skeleton s = bones(p);
            // the roller runs under the whole spine and the head, and the back rests on it
            assertThat(roller.x()).isLessThan(s.head.getX());
            assertThat(roller.x() + roller.size()).isGreaterThan(s.hip.getX());
            assertThat(s.mid.getY() - roller.y()).isBetween(0.0, 0.1);
        }
        for (Pose p : list.subList(1, list.size())) {
            Skeleton s = bones(p);
            for (Skeleton.Side side : List.of(s.near, s.far)) {
                assertThat(side.knee.getY()).as("knee up").isGreaterThan(s.hip.getY() + 0.15);
                assertThat(side.ankle.getY()).as("foot on the floor").isLessThan(0.08);
                assertThat(Math.abs(side.toe.getY() - side.ankle.getY())).as("foot flat").isLessThan(0.03);
            }
        }
        // arms out to the sides: toward the floor beside the shoulders, not along the body
        Skeleton open = bones(list.get(2));
        assertThat(Math.abs(open.near.hand.getX() - open.shoulder.getX())).isLessThan(0.1);
    }

    @Test
    void upperBackRollsKeepTheRollerUnderTheUpperBack() {
        for (Pose p : poses("upper-back-rolls")) {
            Skeleton k = bones(p);
            double x = prop(p, Prop.Type.ROLLER).x();
            // between the mid-back and the shoulders (head to screen left), not under the lower back
            assertThat(x).isLessThan(k.mid.getX() - 0.05).isGreaterThan(k.shoulder.getX());
        }
    }

    @Test
    void thePropsTheTextNamesAreDrawn() {
        for (Stretch s : catalog.all()) {
            String text = String.join(" ", s.steps().stream().map(st -> st.text().toLowerCase(Locale.ROOT)).toList());
            for (Pose p : poses(s.id())) {
                List<Prop.Type> types = p.props().stream().map(Prop::type).toList();
                if (s.equipment().contains(Equipment.MAT) || s.onFloor()) {
                    assertThat(types).as(s.id() + " mat").contains(Prop.Type.MAT);
                }
                if (s.equipment().contains(Equipment.FOAM_ROLLER)) {
                    assertThat(types).as(s.id() + " roller").containsAnyOf(Prop.Type.ROLLER, Prop.Type.ROLLER_LONG);
                }
                if (text.contains("along a foam roller")) {
                    assertThat(types).as(s.id() + " roller along the spine").contains(Prop.Type.ROLLER_LONG);
                }
                if (s.equipment().contains(Equipment.PILLOW)) {
                    assertThat(types).as(s.id() + " pillow").contains(Prop.Type.PILLOW);
                }
                if (s.seated()) {
                    assertThat(types).as(s.id() + " chair").containsAnyOf(Prop.Type.CHAIR, Prop.Type.CHAIR_FRONT);
                }
                if (text.contains("backrest") || text.contains("chair back") || text.contains("top of the chair")) {
                    assertThat(p.view()).isEqualTo(View.SIDE);
                    Prop chair = prop(p, Prop.Type.CHAIR);
                    assertThat(chair.size()).as(s.id() + " backrest").isGreaterThan(0.2);
                    if (p.upperTorso() < -20) {
                        // leaning back over the backrest: the back bends where the backrest ends
                        double top = 0.44 + chair.size();
                        assertThat(Math.abs(bones(p).mid.getY() - top)).as(s.id() + " bend at the backrest").isLessThan(0.05);
                    }
                }
                if (s.equipment().contains(Equipment.DOORWAY)) {
                    assertThat(types).as(s.id()).contains(Prop.Type.DOORWAY);
                }
                if (s.equipment().contains(Equipment.WALL_CORNER)) {
                    assertThat(types).as(s.id()).contains(Prop.Type.CORNER);
                }
            }
        }
    }

    @Test
    void theLeftSideIsDrawnAsTheTextSaysAndTheFrontViewIsAMirror() {
        // front views are the user's reflection: the left hand holds the seat on screen left, and
        // the head tips away from it, to screen right
        Pose neck = library.poses("neck-side-stretch", Side.LEFT).get(2);
        Skeleton n = bones(neck);
        assertThat(n.near.hand.getX()).isLessThan(n.far.hand.getX());
        assertThat(n.near.hand.getY()).as("the left hand down at the seat").isLessThan(n.far.hand.getY() - 0.03);
        assertThat(n.head.getX()).as("head tips to the right").isGreaterThan(n.shoulder.getX() + 0.05);
        Pose neckRight = library.poses("neck-side-stretch", Side.RIGHT).get(2);
        assertThat(bones(neckRight).head.getX()).isLessThan(bones(neckRight).shoulder.getX() - 0.05);
        // chair twist, left first: the face turns to screen left (the user's left in the mirror)
        assertThat(library.poses("chair-twist", Side.LEFT).get(2).headTurn()).isPositive();
        // side and end views show the working side nearest the viewer: the left faces screen left
        for (String id : List.of("thread-the-needle", "side-lying-rotation", "arm-openings", "childs-pose-rotation")) {
            Pose left = library.poses(id, Side.LEFT).get(0);
            assertThat(left.facingLeft()).as(id).isTrue();
            assertThat(library.poses(id, Side.RIGHT).get(0).facingLeft()).as(id).isFalse();
        }
        // the reach to the left, seen from above with the head on screen left and the face down,
        // takes the hands to screen bottom
        Skeleton reach = bones(library.poses("childs-pose-rotation", Side.LEFT).get(1));
        assertThat(reach.near.hand.getY()).isLessThan(reach.hip.getY());
        // every stretch done on each side says in its text which side comes first
        for (Stretch s : catalog.all()) {
            if (s.perSide()) {
                String text = String.join(" ", s.steps().stream().map(st -> st.text()).toList());
                assertThat(text).as(s.id()).containsAnyOf("left one first", "to the left first", "left arm first",
                        "left side first");
            }
        }
    }

    @Test
    void everyPoseFitsItsFrameSoNothingIsCut() {
        for (Stretch s : catalog.all()) {
            List<Pose> all = new ArrayList<>(library.poses(s.id(), Side.LEFT));
            all.addAll(library.poses(s.id(), Side.RIGHT));
            for (Pose p : all) {
                Rectangle2D frame = FigureRenderer.frameFor(all, p);
                Skeleton k = bones(p);
                double sign = p.facingLeft() ? -1 : 1;
                List<Point2D> points = new ArrayList<>(List.of(k.head, k.hip, k.mid, k.shoulder));
                for (Skeleton.Side side : List.of(k.near, k.far)) {
                    points.addAll(List.of(side.hand, side.elbow, side.knee, side.ankle, side.toe));
                }
                for (Point2D pt : points) {
                    assertThat(frame.contains(sign * pt.getX(), pt.getY())).as(s.id() + " " + pt).isTrue();
                }
                for (Prop prop : p.props()) {
                    Rectangle2D e = Props.extent(prop, p.view());
                    if (e != null) {
                        Rectangle2D shown = new Rectangle2D.Double(p.facingLeft() ? -e.getMaxX() : e.getX(), e.getY(),
                                e.getWidth(), e.getHeight());
                        assertThat(frame.contains(shown)).as(s.id() + " " + prop.type()).isTrue();
                    }
                }
                if (p.view().fromAbove()) {
                    // hands rest on the mat
                    Prop mat = prop(p, Prop.Type.MAT);
                    Rectangle2D area = Props.extent(mat, p.view());
                    assertThat(area.contains(k.near.hand)).as(s.id() + " near hand on the mat").isTrue();
                    assertThat(area.contains(k.far.hand)).as(s.id() + " far hand on the mat").isTrue();
                }
            }
        }
    }

    @Test
    void everyPoseHasADescriptionInEnglishAndGerman() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Texts.setLocale(language);
            for (View v : View.values()) {
                assertThat(Texts.has("figure.view." + v.name())).as(language + " " + v).isTrue();
            }
            for (Prop.Type t : Prop.Type.values()) {
                assertThat(Texts.has("figure.prop." + t.name())).as(language + " " + t).isTrue();
            }
            for (Stretch s : catalog.all()) {
                List<Side> sides = s.perSide() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.NONE);
                for (Side side : sides) {
                    List<Pose> list = library.poses(s.id(), side);
                    for (int i = 0; i < list.size(); i++) {
                        String d = FigureDescription.describe(s, list.get(i), i, side);
                        assertThat(d).as(s.id() + " " + i).doesNotContain("figure.").hasSizeGreaterThan(30);
                        assertThat(FigureDescription.name(s)).doesNotContain("figure.");
                    }
                }
            }
        }
        Texts.setLocale(Locale.GERMAN);
        Stretch roller = catalog.byId("roller-stretch").orElseThrow();
        assertThat(FigureDescription.describe(roller, poses("roller-stretch").get(1), 1, Side.NONE))
                .contains("Schaumstoffrolle längs").contains("Beug die Knie");
    }

    private static Prop prop(Pose p, Prop.Type type) {
        return p.props().stream().filter(x -> x.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + p));
    }
}
