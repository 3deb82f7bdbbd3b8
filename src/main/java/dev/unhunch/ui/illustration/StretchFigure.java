package dev.unhunch.ui.illustration;

import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.Side;
import dev.unhunch.core.stretch.Stretch;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.event.HierarchyEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.Timer;
import javax.swing.UIManager;

/**
 * Shows a stretch's figure and moves it calmly (about two seconds) to each new step. The
 * animation timer runs only while the component is showing and something is moving; with
 * reduced motion on, it shows still frames, with a faint "before" figure and an arrow as the
 * motion cue. Colours follow the look and feel unless set. Use on the EDT only.
 */
public final class StretchFigure extends JComponent {

    private static final long serialVersionUID = 1L;
    private static final int FRAME_MILLIS = 40;
    private static final long DWELL_NANOS = 1_500_000_000L;

    private final transient LongSupplier clock;
    private final transient PoseLibrary library;
    private final Timer timer;
    private transient List<Pose> poses = List.of();
    private transient List<Pose> framed = List.of();
    private transient PoseAnimator animator;
    private transient Pose before;
    private String stretchId;
    private int step = -1;
    private boolean mirrored;
    private boolean reducedMotion;
    private boolean looping;
    private long arrivedNanos;
    private transient FigureColors colors;

    /** A figure using the bundled poses and the system clock for animation. */
    public StretchFigure() {
        this(PoseLibrary.shared(), System::nanoTime);
    }

    /** A figure with the given poses and animation clock (tests pass a fake one). */
    public StretchFigure(PoseLibrary library, LongSupplier clock) {
        this.library = library;
        this.clock = clock;
        this.timer = new Timer(FRAME_MILLIS, e -> tick());
        this.timer.setCoalesce(true);
        setOpaque(false);
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                updateTimer();
            }
        });
    }

    /** Shows the step of a routine moment: its stretch's pose, mirrored for the side not written out. */
    public void showMoment(Moment moment) {
        String id = moment.stretch().id();
        if (!id.equals(stretchId)) {
            stretchId = id;
            setPoses(library.poses(id));
        }
        showStep(moment.stepIndex(), library.mirrors(moment));
        if (moment.lead() == Moment.Lead.OTHER_SIDE) {
            // changing sides is no movement to cue; getting into position starts from the setup pose
            before = null;
        }
        describe(moment);
    }

    /** Names the drawing and says what it shows, for screen readers (in the current language). */
    private void describe(Moment moment) {
        library.pose(moment).ifPresent(pose -> {
            getAccessibleContext().setAccessibleName(FigureDescription.name(moment.stretch()));
            getAccessibleContext().setAccessibleDescription(
                    FigureDescription.describe(moment.stretch(), pose, moment.stepIndex(), moment.side()));
        });
    }

    /**
     * Shows a stretch from its first step (previews), named and described for screen readers;
     * a stretch done on each side shows its left side, which comes first.
     */
    public void showStretch(Stretch stretch) {
        showStretch(stretch.id());
        if (library.mirrors(stretch.id(), Side.LEFT)) {
            showStep(0, true);
            // a preview opens on the left side at once, without turning round in front of the user
            animator.jumpTo(animator.target());
            before = null;
            updateTimer();
        }
        List<Pose> shown = library.poses(stretch.id(), stretch.perSide() ? Side.LEFT : Side.NONE);
        if (!shown.isEmpty()) {
            getAccessibleContext().setAccessibleName(FigureDescription.name(stretch));
            getAccessibleContext().setAccessibleDescription(FigureDescription.describe(stretch, shown.get(0), 0,
                    stretch.perSide() ? Side.LEFT : Side.NONE));
        }
    }

    /** Shows a stretch by id, starting at its first step. */
    public void showStretch(String id) {
        stretchId = id;
        setPoses(library.poses(id));
    }

    /** Sets the poses (one per step) and shows the first one at once. */
    public void setPoses(List<Pose> stepPoses) {
        poses = List.copyOf(stepPoses);
        List<Pose> all = new ArrayList<>(poses);
        poses.forEach(p -> all.add(p.mirrored()));
        framed = List.copyOf(all);
        step = poses.isEmpty() ? -1 : 0;
        mirrored = false;
        before = null;
        animator = poses.isEmpty() ? null : new PoseAnimator(poses.get(0), PoseAnimator.TRANSITION_NANOS);
        arrivedNanos = clock.getAsLong();
        updateTimer();
        repaint();
    }

    /** Moves to a step's pose; the right side of a per-side stretch is shown mirrored. */
    public void showStep(int index, boolean mirror) {
        if (animator == null || index < 0 || index >= poses.size() || (index == step && mirror == mirrored)) {
            return;
        }
        Pose target = mirror ? poses.get(index).mirrored() : poses.get(index);
        before = animator.target();
        step = index;
        mirrored = mirror;
        long now = clock.getAsLong();
        if (reducedMotion) {
            animator.jumpTo(target);
        } else {
            animator.moveTo(target, now);
        }
        arrivedNanos = now + PoseAnimator.TRANSITION_NANOS;
        updateTimer();
        repaint();
    }

    /** Cycles through all steps on its own (for previews); off by default. */
    public void setLooping(boolean loop) {
        looping = loop;
        updateTimer();
    }

    /** Still frames only, no animation (for users who asked for reduced motion). */
    public void setReducedMotion(boolean reduced) {
        reducedMotion = reduced;
        if (reduced && animator != null) {
            animator.jumpTo(animator.target());
        }
        updateTimer();
        repaint();
    }

    public boolean isReducedMotion() {
        return reducedMotion;
    }

    /** Fixed colours; {@code null} follows the look and feel. */
    public void setColors(FigureColors figureColors) {
        colors = figureColors;
        repaint();
    }

    /** Whether the animation timer is running. */
    public boolean isAnimating() {
        return timer.isRunning();
    }

    /** The step shown (or being moved to), -1 if none. */
    public int step() {
        return step;
    }

    /** The pose drawn now. */
    Pose currentPose() {
        return animator == null ? null : animator.poseAt(clock.getAsLong());
    }

    private void tick() {
        long now = clock.getAsLong();
        if (looping && !animator.moving(now) && now - arrivedNanos >= DWELL_NANOS && poses.size() > 1) {
            int next = (step + 1) % poses.size();
            if (next == 0) {
                animator.moveTo(poses.get(0), now);
                step = 0;
                arrivedNanos = now + PoseAnimator.TRANSITION_NANOS;
            } else {
                showStep(next, mirrored);
            }
        }
        repaint();
        updateTimer();
    }

    private void updateTimer() {
        boolean run = isShowing() && !reducedMotion && animator != null
                && (looping || animator.moving(clock.getAsLong()));
        if (run && !timer.isRunning()) {
            timer.start();
        } else if (!run && timer.isRunning()) {
            timer.stop();
        }
    }

    @Override
    public void addNotify() {
        super.addNotify();
        updateTimer();
    }

    @Override
    public void removeNotify() {
        timer.stop();
        super.removeNotify();
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            // a plain JComponent has no accessible context; a drawing is announced as a picture
            accessibleContext = new AccessibleJComponent() {
                private static final long serialVersionUID = 1L;

                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.ICON;
                }
            };
        }
        return accessibleContext;
    }

    @Override
    public Dimension getPreferredSize() {
        return isPreferredSizeSet() ? super.getPreferredSize() : new Dimension(240, 220);
    }

    @Override
    protected void paintComponent(Graphics g) {
        FigureColors c = effectiveColors();
        Insets in = getInsets();
        Rectangle2D bounds = new Rectangle2D.Double(in.left, in.top, getWidth() - in.left - in.right,
                getHeight() - in.top - in.bottom);
        if (isOpaque()) {
            g.setColor(c.background());
            g.fillRect(0, 0, getWidth(), getHeight());
        }
        Pose pose = currentPose();
        if (pose == null || bounds.isEmpty()) {
            return;
        }
        // a still frame gets the "before" figure and arrow; while moving, the motion says it all
        Pose ghost = reducedMotion || !animator.moving(clock.getAsLong()) ? before : null;
        Rectangle2D frame = framed.isEmpty() ? FigureRenderer.SCENE : FigureRenderer.frameFor(framed, pose);
        FigureRenderer.paint((Graphics2D) g, pose, ghost, bounds, c, frame);
    }

    private FigureColors effectiveColors() {
        if (colors != null) {
            return colors;
        }
        Color fg = orElse(getForeground(), UIManager.getColor("Label.foreground"), Color.DARK_GRAY);
        Color bg = orElse(getParent() != null ? getParent().getBackground() : null,
                UIManager.getColor("Panel.background"), Color.WHITE);
        Color accent = orElse(UIManager.getColor("Component.accentColor"), null,
                FigureColors.mix(new Color(0x2F7DD1), fg, 0.2));
        return new FigureColors(fg, bg, accent);
    }

    private static Color orElse(Color a, Color b, Color c) {
        return a != null ? a : b != null ? b : c;
    }
}
