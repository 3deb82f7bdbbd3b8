package dev.unhunch.ui.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.core.stretch.RoutinePlanner;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.core.stretch.StretchPreferences;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StretchFigureTest {

    private final AtomicLong now = new AtomicLong(10_000_000_000L);
    private final PoseLibrary library = PoseLibrary.bundled();

    private StretchFigure figure() {
        StretchFigure f = new StretchFigure(library, now::get);
        f.setColors(FigureColors.dark());
        f.setSize(240, 220);
        return f;
    }

    @Test
    void movesCalmlyToANewStep() {
        StretchFigure f = figure();
        f.showStretch("neck-side-stretch");
        f.showStep(2, false);
        Pose target = library.poses("neck-side-stretch").get(2);
        assertThat(f.currentPose()).isNotEqualTo(target);
        now.addAndGet(1_000_000_000L);
        assertThat(f.currentPose().neck()).isBetween(1.0, target.neck() - 1);
        now.addAndGet(1_500_000_000L);
        assertThat(f.currentPose()).isEqualTo(target);
    }

    @Test
    void reducedMotionShowsTheTargetAtOnce() {
        StretchFigure f = figure();
        f.setReducedMotion(true);
        f.showStretch("chair-twist");
        f.showStep(2, true);
        assertThat(f.currentPose()).isEqualTo(library.poses("chair-twist").get(2).mirrored());
        assertThat(f.isAnimating()).isFalse();
    }

    @Test
    void doesNotAnimateWhileNotShowing() {
        StretchFigure f = figure();
        f.setLooping(true);
        f.showStretch("cat-cow");
        f.showStep(3, false);
        assertThat(f.isShowing()).isFalse();
        assertThat(f.isAnimating()).isFalse();
    }

    @Test
    void followsRoutineMomentsAndPaintsTheFigure() {
        StretchFigure f = figure();
        f.setReducedMotion(true);
        f.setOpaque(true);
        Routine r = new RoutinePlanner(StretchCatalog.bundled(), new Random(2))
                .plan(Duration.ofMinutes(5), true, StretchPreferences.defaults());
        for (Moment m : r.moments()) {
            f.showMoment(m);
            assertThat(f.step()).isEqualTo(m.stepIndex());
            assertThat(paintedFigurePixels(f)).as("%s step %d", m.stretch().id(), m.stepIndex()).isGreaterThan(300);
        }
    }

    @Test
    void tellsScreenReadersWhatTheDrawingShows() {
        StretchFigure f = figure();
        f.setReducedMotion(true);
        Routine r = new RoutinePlanner(StretchCatalog.bundled(), new Random(2))
                .plan(Duration.ofMinutes(5), true, StretchPreferences.defaults());
        Moment m = r.moments().get(0);
        f.showMoment(m);
        assertThat(f.getAccessibleContext().getAccessibleRole()).isEqualTo(javax.accessibility.AccessibleRole.ICON);
        assertThat(f.getAccessibleContext().getAccessibleName()).contains(m.stretch().name());
        assertThat(f.getAccessibleContext().getAccessibleDescription())
                .contains(m.stretch().steps().get(m.stepIndex()).text());
    }

    @Test
    void previewsShowTheLeftSideFirstAndDescribeIt() {
        StretchFigure f = figure();
        f.setReducedMotion(true);
        f.showStretch(StretchCatalog.bundled().byId("thread-the-needle").orElseThrow());
        assertThat(f.currentPose().facingLeft()).isTrue();
        assertThat(f.getAccessibleContext().getAccessibleDescription()).contains("left side");
    }

    private static int paintedFigurePixels(StretchFigure f) {
        BufferedImage img = new BufferedImage(f.getWidth(), f.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        f.paint(g);
        g.dispose();
        return IllustrationSheetsTest.figurePixels(img, FigureColors.dark().foreground());
    }
}
