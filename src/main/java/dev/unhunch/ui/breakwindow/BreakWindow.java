package dev.unhunch.ui.breakwindow;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.log.Log;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.StretchTexts;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.icons.AppIcons;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.event.KeyEvent;
import java.time.Duration;
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
import javax.swing.UIManager;
import javax.swing.WindowConstants;

/**
 * The guided stretch window. It never keeps time itself: {@link #setTimeLeft} takes the engine's
 * countdown and shows the routine's moment at that point; Next and Back shift a local offset.
 * Use on the event dispatch thread only.
 */
public final class BreakWindow {

    /** Component name of the frame, for tests. */
    public static final String WINDOW_NAME = "unhunch.breakWindow";

    private static final Log LOG = Log.of(BreakWindow.class);

    private final BreakActions actions;
    private final Supplier<Routine> chairRoutine;
    private final JFrame frame = new JFrame();
    private final GuidePanel guide = new GuidePanel();
    private final JLabel kind = new JLabel();
    private final JLabel position = new JLabel();
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JLabel status = new JLabel(" ");
    private final JButton back = button("break.back");
    private final JButton next = button("break.next");
    private final JButton chair = button("break.chair");
    private final JButton done = button("break.done");
    private final JButton snooze = button("break.snooze");
    private final JButton skip = button("break.skip");
    private final ScreenDimmer dimmer = new ScreenDimmer();
    private RoutineCursor cursor;
    private BreakPrompt prompt;
    private Duration lastTimeLeft;
    private boolean focusStepOnArrival;

    /**
     * @param actions the engine commands behind the buttons
     * @param chairRoutine plans a quick seated stretch when the user asks for one during a break
     */
    public BreakWindow(BreakActions actions, Supplier<Routine> chairRoutine) {
        this.actions = actions;
        this.chairRoutine = chairRoutine;
        frame.setName(WINDOW_NAME);
        frame.setUndecorated(true);
        frame.setAlwaysOnTop(true);
        frame.setIconImages(AppIcons.windowIcons());
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        kind.setName("break.kind");
        kind.putClientProperty("FlatLaf.styleClass", "h3");
        position.setName("break.position");
        position.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
        progress.setName("break.progress");
        status.setName("break.status");
        status.putClientProperty("FlatLaf.styleClass", "medium");

        back.addActionListener(e -> step(true));
        next.addActionListener(e -> step(false));
        chair.addActionListener(e -> switchToChair());
        LiveTexts.tip(chair, "break.chair.tip");
        frame.setTitle(Texts.text("break.title"));
        LiveTexts.follow(frame, this::relanguage);
        done.addActionListener(e -> run("finish", actions::done));
        snooze.addActionListener(e -> run("snooze", actions::snooze));
        skip.addActionListener(e -> run("skip", actions::skip));
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
        this.cursor = new RoutineCursor(routine, breakPrompt.breakLength());
        this.lastTimeLeft = breakPrompt.timeLeft();
        cursor.engineTimeLeft(breakPrompt.timeLeft());
        LiveTexts.text(kind, breakPrompt.kind() == BreakKind.LONG ? "kind.long" : "kind.micro");
        BreakTexts.labelSnooze(snooze, snoozeLength, breakPrompt);
        snooze.setVisible(!breakPrompt.strict() && breakPrompt.maxSnoozes() > 0);
        snooze.setEnabled(breakPrompt.canSnooze());
        skip.setVisible(breakPrompt.canSkip());
        done.setVisible(!breakPrompt.strict());
        LiveTexts.plain(status, " ");
        guide.figure().setReducedMotion(reducedMotion);
        frame.setContentPane(layout());
        refresh();
        if (!frame.isVisible()) {
            frame.pack();
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

    /** Shows the routine at the engine's countdown. */
    public void setTimeLeft(Duration timeLeft) {
        if (cursor == null) {
            return;
        }
        if (lastTimeLeft != null && timeLeft.compareTo(lastTimeLeft) < 0 && status.getText().equals(
                BreakTexts.pausedWhileActive())) {
            LiveTexts.plain(status, " ");
        }
        lastTimeLeft = timeLeft;
        cursor.engineTimeLeft(timeLeft);
        refresh();
    }

    /** The user is typing or moving the mouse: say kindly that the break waits for them. */
    public void showActiveDuringBreak() {
        LiveTexts.text(status, "break.pausedWhileActive");
    }

    /** The language changed: the fixed words were relabelled; word the moment shown again. */
    private void relanguage() {
        frame.setTitle(Texts.text("break.title"));
        if (cursor != null) {
            guide.forgetShownStretch();
            refresh();
        }
        if (frame.isVisible()) {
            frame.pack();
        }
    }

    /** Hides the window and any screen cover. */
    public void close() {
        dimmer.uncover();
        frame.setVisible(false);
        cursor = null;
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
        Color line = UIManager.getColor("Component.borderColor");
        JPanel header = new JPanel(new BorderLayout(12, 6));
        header.setOpaque(false);
        header.add(kind, BorderLayout.WEST);
        header.add(position, BorderLayout.EAST);
        header.add(progress, BorderLayout.SOUTH);

        JPanel left = row(back, next, chair);
        JPanel right = row(done, snooze, skip);
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
                BorderFactory.createLineBorder(line == null ? Color.GRAY : line),
                BorderFactory.createEmptyBorder(18, 22, 16, 22)));
        content.add(header, BorderLayout.NORTH);
        content.add(guide, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        return content;
    }

    private void refresh() {
        if (cursor.finished()) {
            guide.showFinished(Texts.text(cursor.routine().isEmpty() ? "break.restTitle" : "break.allDone"),
                    cursor.routine().isEmpty() ? BreakTexts.justRest() : safety(cursor.routine()));
        } else {
            guide.showMoment(cursor.moment().orElseThrow(), cursor.leftInMoment());
        }
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
        cursor = new RoutineCursor(quick, prompt.breakLength());
        cursor.engineTimeLeft(lastTimeLeft);
        cursor.restartHere();
        LiveTexts.plain(status, " ");
        refresh();
    }

    private void escape() {
        if (cursor != null && cursor.finished() && done.isVisible()) {
            run("finish", actions::done);
        } else if (snooze.isVisible() && snooze.isEnabled()) {
            run("snooze", actions::snooze);
        }
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
    private static JButton button(String key) {
        JButton b = LiveTexts.text(new JButton(), key);
        b.setName(key);
        return b;
    }
}
