package dev.unhunch.ui.prompt;

import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.log.Log;
import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.ui.breakwindow.BreakActions;
import dev.unhunch.ui.breakwindow.BreakTexts;
import dev.unhunch.ui.breakwindow.Screens;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.StretchTexts;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.icons.AppIcons;
import dev.unhunch.ui.illustration.StretchFigure;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.WindowConstants;

/**
 * The small notice before a break, in a corner of the screen (top right by default, where most
 * trays are). It never takes keyboard focus on its own: it only becomes focusable once the user
 * clicks into it; then Enter starts the break, Esc snoozes it and the buttons have mnemonics.
 * Use on the event dispatch thread only.
 */
public final class BreakNotice {

    /** Component name of the frame, for tests. */
    public static final String WINDOW_NAME = "unhunch.breakNotice";
    private static final int MARGIN = 12;
    private static final Log LOG = Log.of(BreakNotice.class);

    private final JFrame frame = new JFrame();
    private final StretchFigure figure = new StretchFigure();
    private final JLabel kind = new JLabel();
    private final JLabel countdown = new JLabel();
    private final JLabel coming = new JLabel();
    private final JLabel status = new JLabel();
    private final JButton startNow = LiveTexts.text(new JButton(), "notice.startNow");
    private final JButton snooze = LiveTexts.text(new JButton(), "notice.snooze");
    private final JButton skip = LiveTexts.text(new JButton(), "notice.skip");
    private NoticeCorner corner = NoticeCorner.TOP_RIGHT;
    private Duration timeLeft = Duration.ZERO;
    /** Offered after the longest wait: it waits for the user, so no countdown is shown. */
    private boolean gentle;
    private Runnable wordComing = () -> { };

    /** @param actions the engine commands behind the buttons */
    public BreakNotice(BreakActions actions) {
        frame.setName(WINDOW_NAME);
        frame.setUndecorated(true);
        frame.setType(java.awt.Window.Type.UTILITY);
        frame.setAlwaysOnTop(true);
        frame.setAutoRequestFocus(false);
        frame.setFocusableWindowState(false);
        frame.setIconImages(AppIcons.windowIcons());
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);

        kind.setName("notice.kind");
        kind.putClientProperty("FlatLaf.styleClass", "h4");
        countdown.setName("notice.countdown");
        countdown.putClientProperty("FlatLaf.style", "foreground: $Unhunch.secondaryForeground");
        coming.setName("notice.coming");
        status.setName("notice.status");
        status.putClientProperty("FlatLaf.styleClass", "small");
        status.setVisible(false);
        figure.setName("notice.figure");
        figure.setReducedMotion(true);
        figure.setPreferredSize(new Dimension(64, 64));
        startNow.setName("notice.startNow");
        snooze.setName("notice.snooze");
        skip.setName("notice.skip");
        startNow.addActionListener(e -> run("start now", actions::startNow));
        snooze.addActionListener(e -> run("snooze", actions::snooze));
        skip.addActionListener(e -> run("skip", actions::skip));
        frame.getRootPane().setDefaultButton(startNow);
        frame.setTitle(Texts.text("notice.title"));
        bindKeys();
        LiveTexts.follow(frame, this::relanguage);
    }

    /** The language changed: the buttons were relabelled; the mnemonics and computed lines follow. */
    private void relanguage() {
        frame.setTitle(Texts.text("notice.title"));
        bindKeys();
        wordComing.run();
        setTimeLeft(timeLeft);
        if (frame.isVisible()) {
            frame.pack();
            placeInCorner();
        }
    }

    /**
     * Enter, Esc and the mnemonics, bound on the root pane for whatever has focus inside it. Swing
     * registers window-wide keys (and so mnemonics) only for windows that were focusable when
     * shown, which this one is not until the user clicks into it.
     */
    private void bindKeys() {
        // a new language brings new mnemonics: forget the old ones first
        frame.getRootPane().getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).clear();
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), startNow);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), snooze);
        for (JButton b : new JButton[] {startNow, snooze, skip}) {
            bind(KeyStroke.getKeyStroke(b.getMnemonic(), java.awt.event.InputEvent.ALT_DOWN_MASK), b);
        }
    }

    private void bind(KeyStroke key, JButton button) {
        String name = "press " + button.getName();
        frame.getRootPane().getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, name);
        frame.getRootPane().getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (button.isVisible() && button.isEnabled()) {
                    button.doClick();
                }
            }
        });
    }

    /**
     * Shows the notice for a coming break with the routine planned for it.
     *
     * @param prompt what the engine offers (kind, time left, snoozes, strict mode)
     * @param routine the routine the break will show; its first stretch is announced
     * @param snoozeLength the configured snooze length, for the button's label
     */
    public void open(BreakPrompt prompt, Routine routine, Duration snoozeLength) {
        Optional<Moment> first = routine.momentAt(Duration.ZERO);
        wordComing = () -> {
            // "after your call" only once it is over; a gentle offer comes while it still goes on
            kind.setText(prompt.after() == null || prompt.gentle() ? BreakTexts.kindTitle(prompt.kind())
                    : Texts.text("notice.after." + prompt.after().id(), BreakTexts.kindTitle(prompt.kind())));
            coming.setText(first.map(m -> routine.stretches().size() > 1
                    ? Texts.text("notice.comingMore", StretchTexts.name(m.stretch()),
                            String.valueOf(routine.stretches().size() - 1))
                    : Texts.text("notice.coming", StretchTexts.name(m.stretch())))
                    .orElseGet(() -> Texts.text("notice.rest")));
        };
        wordComing.run();
        first.ifPresent(figure::showMoment);
        figure.setVisible(first.isPresent());
        BreakTexts.labelSnooze(snooze, snoozeLength, prompt);
        snooze.setVisible(!prompt.strict() && prompt.maxSnoozes() > 0);
        snooze.setEnabled(prompt.canSnooze());
        skip.setVisible(prompt.canSkip());
        status.setVisible(false);
        gentle = prompt.gentle();
        setTimeLeft(prompt.timeLeft());
        frame.setContentPane(layout());
        listenForClicks(frame.getContentPane());
        frame.pack();
        if (!frame.isVisible()) {
            placeInCorner();
            frame.setVisible(true);
        }
    }

    /** Sets the corner for the next notice (top right by default). */
    public void setCorner(NoticeCorner newCorner) {
        this.corner = java.util.Objects.requireNonNull(newCorner, "corner");
    }

    /** Updates "in 12 s". */
    public void setTimeLeft(Duration timeLeft) {
        this.timeLeft = timeLeft;
        countdown.setText(gentle ? Texts.text("notice.gently") : Texts.text("notice.in", BreakTexts.shortTime(timeLeft)));
    }

    /**
     * Closes the notice and gives its native window back (it leaves the X window tree). A closed
     * notice can open again, without focus as before, but no longer follows a change of language:
     * make a new one for the next break.
     */
    public void close() {
        frame.dispose();
        frame.setFocusableWindowState(false);
    }

    /** Whether the notice is showing. */
    public boolean isShowing() {
        return frame.isVisible();
    }

    /** The frame, for placement checks and tests. */
    public JFrame frame() {
        return frame;
    }

    private JPanel layout() {
        JPanel top = new JPanel(new BorderLayout(12, 0));
        top.setOpaque(false);
        top.add(kind, BorderLayout.WEST);
        top.add(countdown, BorderLayout.EAST);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        buttons.setOpaque(false);
        buttons.add(startNow);
        buttons.add(javax.swing.Box.createHorizontalStrut(6));
        buttons.add(snooze);
        buttons.add(javax.swing.Box.createHorizontalStrut(6));
        buttons.add(skip);
        JPanel text = new JPanel();
        text.setOpaque(false);
        text.setLayout(new javax.swing.BoxLayout(text, javax.swing.BoxLayout.Y_AXIS));
        for (JComponent c : new JComponent[] {top, coming, buttons, status}) {
            c.setAlignmentX(Component.LEFT_ALIGNMENT);
        }
        text.add(top);
        text.add(javax.swing.Box.createVerticalStrut(2));
        text.add(coming);
        text.add(javax.swing.Box.createVerticalStrut(10));
        text.add(buttons);
        text.add(status);
        JPanel content = new JPanel(new BorderLayout(12, 0));
        content.setBorder(BorderFactory.createCompoundBorder(
                new dev.unhunch.ui.theme.ThemedLineBorder(),
                BorderFactory.createEmptyBorder(12, 12, 12, 14)));
        content.add(figure, BorderLayout.WEST);
        content.add(text, BorderLayout.CENTER);
        return content;
    }

    private void placeInCorner() {
        Rectangle screen = Screens.usableBounds(Screens.underPointer());
        // placed before showing: without a window manager a later move confuses input robots
        frame.setLocation(corner.place(frame.getSize(), screen, MARGIN));
    }

    /** A click anywhere in the notice lets it take keyboard focus, for Enter, Esc and mnemonics. */
    private void listenForClicks(Component c) {
        if (c instanceof JComponent jc && jc.getClientProperty(WINDOW_NAME) == null) {
            jc.putClientProperty(WINDOW_NAME, Boolean.TRUE);
            c.addMouseListener(new MouseAdapter() {
                @Override
                public void mousePressed(MouseEvent e) {
                    // asked for after the press is handled: during it, X11 refuses the focus
                    Component clicked = e.getComponent();
                    javax.swing.SwingUtilities.invokeLater(() -> takeFocus(clicked));
                }
            });
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                listenForClicks(child);
            }
        }
    }

    private void takeFocus(Component clicked) {
        if (!frame.getFocusableWindowState()) {
            frame.setFocusableWindowState(true);
            frame.toFront();
        }
        (clicked instanceof JButton ? clicked : startNow).requestFocus();
    }

    private void run(String what, Supplier<CommandResult> command) {
        CommandResult result = command.get();
        if (!result.accepted()) {
            LOG.info(() -> what + " refused: " + result.message());
            status.setText(BreakTexts.refusal(result.message()));
            status.setVisible(true);
            frame.pack();
            placeInCorner();
        }
    }
}
