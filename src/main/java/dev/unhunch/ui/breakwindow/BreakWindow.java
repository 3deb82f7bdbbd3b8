package dev.unhunch.ui.breakwindow;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.breaks.BreakTime;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.log.Log;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.core.time.Ticker;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.StretchTexts;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.icons.AppIcons;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.WindowConstants;

/**
 * The guided stretch window. It never keeps time itself: {@link #setBreakTime} takes the engine's
 * clock and shows the routine's moment at that point (a display timer only runs the seconds on
 * between two engine updates, see {@link DisplayClock}); Next and Back shift a local offset.
 *
 * <p>Its exits follow the engine's time: "End early" while the stretches run (Esc in an
 * on-demand stretch), only "Done" once they are finished, only "Close" once the break is over;
 * snooze and skip while the stretches run; in strict mode "Stop — this hurts" instead, which
 * turns the break into a plain rest. Use on the event dispatch thread only, except {@link
 * #shown()}.
 */
public final class BreakWindow {

    /** Component name of the frame, for tests. */
    public static final String WINDOW_NAME = "unhunch.breakWindow";
    /** How long the window stays after the break is over, unless closed before. */
    static final Duration LINGER = Duration.ofSeconds(20);
    private static final int DISPLAY_TICK_MS = 100;

    /**
     * What the window shows, for {@code unhunch status --json} and end-to-end tests.
     *
     * @param title the stretch's name, or the title of the rest or the end
     * @param step the step text
     * @param action what to do now with its countdown ("Hold 12 s"); empty at the end
     * @param left the break's time left as shown ("25 s left")
     * @param elapsedMillis the break's elapsed time the window shows, in milliseconds
     * @param status the status line (e.g. "Paused while you type …"), empty when blank
     * @param buttons names of the visible buttons, e.g. {@code break.endEarly}
     */
    public record Shown(String title, String step, String side, String action, String left, long elapsedMillis,
            String status, List<String> buttons) {
    }

    private static final Log LOG = Log.of(BreakWindow.class);

    private final BreakActions actions;
    private final Supplier<Routine> chairRoutine;
    private final Ticker ticker;
    private final JFrame frame = new JFrame();
    private final GuidePanel guide = new GuidePanel();
    private final JLabel kind = new JLabel();
    private final JLabel position = new JLabel();
    private final JLabel timeLeft = new JLabel();
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JLabel status = new JLabel(" ");
    private final JButton back = button("break.back");
    private final JButton next = button("break.next");
    private final JButton chair = button("break.chair");
    private final ExitButtons exits;
    private final ScreenDimmer dimmer = new ScreenDimmer();
    private final DisplayClock clock = new DisplayClock();
    private final Timer displayTimer = new Timer(DISPLAY_TICK_MS, e -> onDisplayTick());
    private final Timer lingerTimer = new Timer((int) LINGER.toMillis(), e -> close());
    private RoutineCursor cursor;
    private BreakPrompt prompt;
    private boolean over;
    private long shownSecond = -1;
    private volatile Shown shown;
    private boolean focusStepOnArrival;
    private Runnable onClosed = () -> { };

    /**
     * @param actions the engine commands behind the buttons
     * @param chairRoutine plans a quick seated stretch when the user asks for one during a break
     */
    public BreakWindow(BreakActions actions, Supplier<Routine> chairRoutine) {
        this(actions, chairRoutine, Ticker.system());
    }

    /**
     * @param actions the engine commands behind the buttons
     * @param chairRoutine plans a quick seated stretch when the user asks for one during a break
     * @param ticker the engine's ticker, on which the display timer runs the seconds on
     */
    public BreakWindow(BreakActions actions, Supplier<Routine> chairRoutine, Ticker ticker) {
        this.actions = actions;
        this.chairRoutine = chairRoutine;
        this.ticker = ticker;
        this.exits = new ExitButtons(actions, this::run, this::close);
        frame.setName(WINDOW_NAME);
        frame.setUndecorated(true);
        frame.setAlwaysOnTop(true);
        frame.setIconImages(AppIcons.windowIcons());
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        kind.setName("break.kind");
        kind.putClientProperty("FlatLaf.styleClass", "h3");
        position.setName("break.position");
        position.putClientProperty("FlatLaf.style", "foreground: $Unhunch.secondaryForeground");
        progress.setName("break.progress");
        progress.getAccessibleContext().setAccessibleName(Texts.text("break.progressName"));
        timeLeft.setName("break.left");
        timeLeft.setHorizontalAlignment(JLabel.CENTER);
        lingerTimer.setRepeats(false);
        status.setName("break.status");
        status.putClientProperty("FlatLaf.styleClass", "medium");

        back.addActionListener(e -> step(true));
        next.addActionListener(e -> step(false));
        chair.addActionListener(e -> switchToChair());
        LiveTexts.tip(chair, "break.chair.tip");
        frame.setTitle(Texts.text("break.title"));
        LiveTexts.follow(frame, this::relanguage);
        frame.addWindowFocusListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowGainedFocus(java.awt.event.WindowEvent e) {
                if (focusStepOnArrival) {
                    focusStepOnArrival = false;
                    guide.focusStep();
                }
            }
        });
        frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "escape");
        frame.getRootPane().getActionMap().put("escape", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                escape();
            }
        });
    }

    /** Opens the window on the screen under the pointer with a routine for the given break. */
    public void open(BreakPrompt breakPrompt, Routine routine, Duration snoozeLength, boolean reducedMotion) {
        this.prompt = breakPrompt;
        this.cursor = new RoutineCursor(routine);
        this.over = false;
        lingerTimer.stop();
        Duration length = breakPrompt.breakLength();
        clock.reset(new BreakTime(breakPrompt.kind(), breakPrompt.onDemand(), length, Duration.ZERO, length,
                routine.isEmpty() ? length : routine.total(), Duration.ZERO, false, false), ticker.nanos());
        shownSecond = -1;
        LiveTexts.text(kind, breakPrompt.kind() == BreakKind.LONG ? "kind.long" : "kind.micro");
        BreakTexts.labelSnooze(exits.snooze, snoozeLength, breakPrompt);
        exits.snooze.setEnabled(breakPrompt.canSnooze());
        LiveTexts.plain(status, " ");
        guide.figure().setReducedMotion(reducedMotion);
        frame.setContentPane(layout());
        refresh();
        displayTimer.start();
        if (!frame.isVisible()) {
            sizeToTallestStep(Screens.underPointer(), false);
            Screens.centre(frame, Screens.underPointer());
            if (breakPrompt.strict() && breakPrompt.kind() == BreakKind.LONG) {
                dimmer.cover(frame::toFront);
            }
            frame.setVisible(true);
        }
        frame.toFront();
        // focus goes to the step text, never a button: a key typed by habit must not end the break
        focusStepOnArrival = !frame.isFocused();
        guide.focusStep();
    }

    /** Shows the routine at the engine's clock. */
    public void setBreakTime(BreakTime time) {
        if (cursor == null || over) {
            return;
        }
        clock.update(time, ticker.nanos());
        boolean pausedShown = status.getText().equals(BreakTexts.pausedWhileActive());
        if (time.holding() && !pausedShown) {
            LiveTexts.text(status, "break.pausedWhileActive");
        } else if (!time.holding() && pausedShown) {
            LiveTexts.plain(status, " ");
        }
        refresh();
    }

    /** The break ran its time: only the end and a way to close remain, for a little while. */
    public void showOver(BreakTime time) {
        if (cursor == null) {
            return;
        }
        clock.update(time, ticker.nanos());
        over = true;
        displayTimer.stop();
        dimmer.uncover();
        LiveTexts.plain(status, " ");
        refresh();
        lingerTimer.restart();
    }

    /** What the window shows now; null when it is closed. Any thread. */
    public Shown shown() {
        return shown;
    }

    /** The language changed: the fixed words were relabelled; word the moment shown again. */
    private void relanguage() {
        frame.setTitle(Texts.text("break.title"));
        progress.getAccessibleContext().setAccessibleName(Texts.text("break.progressName"));
        if (cursor != null) {
            guide.forgetShownStretch();
            refresh();
        }
        if (frame.isVisible()) {
            sizeToTallestStep(frame.getGraphicsConfiguration().getDevice(), false);
        }
    }

    /**
     * Gives the window the size of the routine's tallest step (each moment, each variation shown,
     * and the end), within the screen, so that no line is cut off and the window keeps one size
     * while the steps change. Where the screen is smaller, the lines under the hold timer scroll.
     *
     * @param growOnly keep at least the present size (a routine swapped in mid-break)
     */
    private void sizeToTallestStep(java.awt.GraphicsDevice screen, boolean growOnly) {
        java.awt.Dimension most = growOnly ? frame.getSize() : new java.awt.Dimension();
        frame.pack(); // a window lays out only once it is displayable
        JComponent root = frame.getRootPane();
        Runnable measure = () -> {
            java.awt.Dimension d = root.getPreferredSize();
            for (int pass = 0; pass < 2; pass++) { // wrapped text is as tall as its width lets it be
                invalidateAll(root); // a text area's height changed by its width in the last pass
                root.setSize(d);
                root.validate();
                d = root.getPreferredSize();
            }
            most.width = Math.max(most.width, d.width);
            most.height = Math.max(most.height, d.height);
        };
        Routine routine = cursor.routine();
        for (dev.unhunch.core.stretch.Moment m : routine.moments()) {
            guide.showMoment(m, m.end().minus(m.start()));
            measure.run();
            guide.measureVariations(measure);
        }
        guide.showFinished(Texts.text(routine.isEmpty() ? "break.restTitle" : "break.allDone"),
                routine.isEmpty() ? BreakTexts.justRest() : safety(routine));
        measure.run();
        guide.showRest(Texts.text("break.restTitle"), BreakTexts.justRest(), Duration.ZERO);
        measure.run();
        guide.forgetShownStretch();
        refresh();
        java.awt.Insets in = frame.getInsets();
        java.awt.Rectangle usable = Screens.usableBounds(screen);
        frame.setSize(Math.min(most.width + in.left + in.right, usable.width),
                Math.min(most.height + in.top + in.bottom, usable.height));
        frame.validate();
    }

    /**
     * Closes the window and any screen cover and gives their native windows back (they leave the X
     * window tree, with their buffers), then tells {@link #onClosed}. A closed window can open
     * again, but no longer follows a change of language: make a new one for the next break.
     */
    public void close() {
        displayTimer.stop();
        lingerTimer.stop();
        dimmer.uncover();
        frame.dispose();
        cursor = null;
        shown = null;
        onClosed.run();
    }

    /** Sets what runs on the EDT each time the window closes (by itself, Close, Esc or the engine). */
    public void onClosed(Runnable action) {
        this.onClosed = java.util.Objects.requireNonNull(action, "action");
    }

    /** Whether the window is showing. */
    public boolean isShowing() {
        return frame.isVisible();
    }

    /** The frame, for placement checks and tests. */
    public JFrame frame() {
        return frame;
    }

    /** The routine shown now. */
    public Routine routine() {
        return cursor == null ? null : cursor.routine();
    }

    private JPanel layout() {
        JPanel header = new JPanel(new BorderLayout(12, 6));
        header.setOpaque(false);
        header.add(kind, BorderLayout.WEST);
        header.add(timeLeft, BorderLayout.CENTER);
        header.add(position, BorderLayout.EAST);
        header.add(progress, BorderLayout.SOUTH);

        JPanel left = row(back, next, chair);
        JPanel right = row(exits.all().toArray(JButton[]::new));
        JPanel buttons = new JPanel(new BorderLayout());
        buttons.setOpaque(false);
        buttons.add(left, BorderLayout.WEST);
        buttons.add(right, BorderLayout.EAST);
        JPanel south = new JPanel(new BorderLayout(0, 10));
        south.setOpaque(false);
        south.add(status, BorderLayout.NORTH);
        south.add(buttons, BorderLayout.SOUTH);

        JPanel content = new JPanel(new BorderLayout(0, 16));
        content.setBorder(BorderFactory.createCompoundBorder(
                new dev.unhunch.ui.theme.ThemedLineBorder(),
                BorderFactory.createEmptyBorder(18, 22, 16, 22)));
        content.add(header, BorderLayout.NORTH);
        content.add(guide, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        return content;
    }

    private void onDisplayTick() {
        if (cursor == null || over) {
            return;
        }
        Duration elapsed = clock.elapsed(ticker.nanos());
        if (elapsed.toSeconds() != shownSecond) {
            refresh();
        } else {
            publishShown(elapsed); // the same texts, at a time read now
        }
    }

    private void refresh() {
        long now = ticker.nanos();
        BreakTime time = clock.engineTime();
        Duration elapsed = clock.elapsed(now);
        Duration left = clock.left(now);
        shownSecond = elapsed.toSeconds();
        cursor.engineElapsed(elapsed);
        if (over || (cursor.finished() && !time.plainRest())) {
            guide.showFinished(Texts.text(cursor.routine().isEmpty() ? "break.restTitle" : "break.allDone"),
                    cursor.routine().isEmpty() ? BreakTexts.justRest() : safety(cursor.routine()));
        } else if (time.plainRest()) {
            guide.showRest(Texts.text("break.restTitle"), BreakTexts.justRest(), left);
        } else {
            guide.showMoment(cursor.moment().orElseThrow(), cursor.leftInMoment());
        }
        timeLeft.setText(over ? "" : BreakTexts.timeLeft(left));
        showExits(time, elapsed);
        int count = cursor.stretchCount();
        position.setText(count == 0 ? ""
                : Texts.text("break.position", String.valueOf(cursor.stretchNumber()), String.valueOf(count)));
        progress.setValue((int) Math.round(cursor.progress() * 1000));
        if ((next.isFocusOwner() && cursor.finished()) || (back.isFocusOwner() && !cursor.canGoBack())) {
            // a button being disabled would pass focus on to its neighbour, where Space acts on it
            guide.focusStep();
        }
        back.setEnabled(cursor.canGoBack());
        next.setEnabled(!cursor.finished());
        publishShown(elapsed);
    }

    /** The buttons that fit the moment; see {@link ExitButtons}. */
    private void showExits(BreakTime time, Duration elapsed) {
        // the shown time may run up to a second ahead of the engine's; the engine ticks before
        // it carries out a command, so Done pressed then is not refused
        // "All done" shows as soon as the shown time reaches the routine's end, which may be a
        // moment before the engine's word: from then on only the ways out that fit the end show
        boolean allDoneShown = !time.plainRest() && cursor.finished();
        boolean routineDone = time.routineDone() || elapsed.compareTo(time.routineEndsAt()) >= 0
                || (allDoneShown && !cursor.aheadOfEngine());
        exits.show(prompt, routineDone, time.plainRest(), over, cursor.finished(), this::setShown);
        boolean guided = !over && !time.plainRest() && !routineDone;
        // Back stays only for who went to the end with Next before the stretches were done
        setShown(back, guided);
        setShown(next, guided && !allDoneShown);
        setShown(chair, guided && !allDoneShown);
    }

    private void setShown(JButton button, boolean visible) {
        if (!visible && button.isFocusOwner()) {
            guide.focusStep(); // focus must not pass on to a neighbour, where Space would act on it
        }
        button.setVisible(visible);
    }

    private void publishShown(Duration elapsed) {
        List<String> visible = new ArrayList<>();
        for (JButton b : new JButton[] {back, next, chair}) {
            if (b.isVisible()) {
                visible.add(b.getName());
            }
        }
        exits.visibleNames(visible::add);
        String line = status.getText().isBlank() ? "" : status.getText();
        shown = new Shown(guide.nameText(), guide.stepText(), guide.sideText(), guide.actionAndHoldText(), timeLeft.getText(),
                elapsed.toMillis(), line, List.copyOf(visible));
    }

    private static void invalidateAll(java.awt.Container c) {
        c.invalidate();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof java.awt.Container inner) {
                invalidateAll(inner);
            } else {
                child.invalidate();
            }
        }
    }

    private static String safety(Routine routine) {
        String note = routine.safetyNote();
        return note == null || note.isBlank() ? BreakTexts.defaultSafety() : StretchTexts.safety(note);
    }

    private void step(boolean backwards) {
        if (backwards) {
            cursor.back();
        } else {
            cursor.next();
        }
        refresh();
    }

    private void switchToChair() {
        Routine quick = chairRoutine.get();
        if (quick == null || quick.isEmpty()) {
            LiveTexts.text(status, "break.noChair");
            return;
        }
        Duration elapsed = clock.elapsed(ticker.nanos());
        cursor = new RoutineCursor(quick);
        cursor.engineElapsed(elapsed);
        cursor.restartHere();
        LiveTexts.plain(status, " ");
        run("chair stretch", () -> actions.restartRoutine(quick.total()));
        refresh();
        java.awt.Dimension before = frame.getSize();
        sizeToTallestStep(frame.getGraphicsConfiguration().getDevice(), true);
        if (!before.equals(frame.getSize())) {
            Screens.centre(frame, frame.getGraphicsConfiguration().getDevice());
        }
    }

    private void escape() {
        if (cursor == null) {
            return;
        }
        exits.escape(prompt, over, this::close);
    }

    private void run(String what, Supplier<CommandResult> command) {
        CommandResult result = command.get();
        if (!result.accepted()) {
            LOG.info(() -> what + " refused: " + result.message());
            LiveTexts.plain(status, BreakTexts.refusal(result.message()));
        }
    }

    private static JPanel row(JButton... buttons) {
        JPanel p = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 8, 0));
        p.setOpaque(false);
        for (JButton b : buttons) {
            p.add(b);
        }
        return p;
    }

    /** A button named {@code key} (for tests) with the text and mnemonic of that key. */
    static JButton button(String key) {
        JButton b = LiveTexts.text(new JButton(), key);
        b.setName(key);
        return b;
    }
}
