package dev.unhunch.ui.breakwindow;

import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.Stretch;
import dev.unhunch.ui.i18n.StretchTexts;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.illustration.StretchFigure;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.time.Duration;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.Scrollable;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * The middle of the break window: the figure on the left; on the right the stretch's name, the
 * step in large text, the hold countdown, the repetition and side, and a hint with the source.
 */
final class GuidePanel extends JPanel {

    private final StretchFigure figure = new StretchFigure();
    private final JLabel name = label("break.stretchName", "h3");
    private final JTextArea step = new JTextArea();
    private final JLabel action = label("break.action", "large");
    private final JLabel hold = label("break.hold", "h1");
    private final JLabel repetition = label("break.repetition", "medium");
    private final JLabel side = label("break.side", "medium");
    private final JTextArea hint = new JTextArea();
    // the source's dose (and whether this break gives less) and the catalog's general caution
    private final JTextArea dose = secondaryText("break.dose");
    private final JTextArea caution = secondaryText("break.caution");
    /** Easier / Harder as visible links; the chosen variation shows in {@link #variation}. */
    private final JButton easier = link("break.easierLink");
    private final JButton harder = link("break.harderLink");
    private final JPanel variations = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEADING, 0, 0));
    private final JTextArea variation = secondaryText("break.variation");
    private String easierText = "";
    private String harderText = "";
    private final JLabel source = label("break.source", "small");
    private String shownStretch = "";
    /** The lines under the hold timer; they scroll only where the screen is too small for the window. */
    private final JScrollPane lowerLines;

    GuidePanel() {
        super(new BorderLayout(20, 0));
        setOpaque(false);
        figure.setName("break.figure");
        figure.setPreferredSize(new Dimension(240, 230));
        add(figure, BorderLayout.WEST);

        step.setName("break.step");
        step.putClientProperty("FlatLaf.style", "font: +7");
        wrapping(step);
        // focus rests here so that no key typed by habit acts on a button; no caret to see
        step.setCaretColor(new java.awt.Color(0, 0, 0, 0));
        step.getAccessibleContext().setAccessibleName(Texts.text("break.currentStep"));
        hint.setName("break.hint");
        wrapping(hint);
        hint.putClientProperty("FlatLaf.style", "foreground: $Unhunch.secondaryForeground");
        secondary(source);

        JPanel holdRow = new JPanel();
        holdRow.setOpaque(false);
        holdRow.setLayout(new BoxLayout(holdRow, BoxLayout.X_AXIS));
        holdRow.add(action);
        holdRow.add(Box.createHorizontalStrut(10));
        holdRow.add(hold);
        holdRow.add(Box.createHorizontalGlue());

        variations.setOpaque(false);
        variations.add(easier);
        variations.add(Box.createHorizontalStrut(12));
        variations.add(harder);
        easier.addActionListener(e -> showVariation(easierText));
        harder.addActionListener(e -> showVariation(harderText));
        variation.setVisible(false);

        // The window sizes itself to the routine's tallest step (BreakWindow); only where the
        // screen is too small for that do the lines under the hold timer scroll, so the step and
        // its countdown always stay in view.
        JPanel top = column(name, gap(8), step, gap(10), holdRow, gap(4), repetition, side, gap(4));
        JPanel more = column(dose, gap(10), hint, variations, variation, gap(6), caution, Box.createVerticalGlue());
        more.setName("break.more");
        lowerLines = new JScrollPane(new WidthTracking(more), ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        lowerLines.setName("break.moreScroll");
        lowerLines.setBorder(BorderFactory.createEmptyBorder());
        lowerLines.setViewportBorder(null);
        lowerLines.setOpaque(false);
        lowerLines.getViewport().setOpaque(false);
        lowerLines.getVerticalScrollBar().setUnitIncrement(16);
        JPanel text = new JPanel(new BorderLayout(0, 8));
        text.setOpaque(false);
        text.add(top, BorderLayout.NORTH);
        text.add(lowerLines, BorderLayout.CENTER);
        text.add(source, BorderLayout.SOUTH);
        add(text, BorderLayout.CENTER);
    }

    private static JPanel column(java.awt.Component... parts) {
        JPanel p = new JPanel();
        p.setOpaque(false);
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        for (java.awt.Component c : parts) {
            ((javax.swing.JComponent) c).setAlignmentX(LEFT_ALIGNMENT);
            p.add(c);
        }
        return p;
    }

    /** A panel that takes the viewport's width, so its text areas wrap instead of scrolling sideways. */
    private static final class WidthTracking extends JPanel implements Scrollable {
        WidthTracking(JPanel inner) {
            super(new BorderLayout());
            setOpaque(false);
            add(inner, BorderLayout.CENTER);
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return Math.max(16, visible.height - 16);
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() != null && getParent().getHeight() > getPreferredSize().height;
        }
    }

    /**
     * Shows the easier and then the harder variation of the stretch shown now, running {@code
     * measure} with each, and folds them away again; for sizing the window to its tallest content.
     */
    void measureVariations(Runnable measure) {
        for (String text : new String[] {easierText, harderText}) {
            if (!text.isEmpty()) {
                variation.setText(text);
                variation.setVisible(true);
                variation.setSize(dose.getWidth(), 1);
                measure.run();
            }
        }
        variation.setText("");
        variation.setVisible(false);
    }

    /** The figure, for reduced motion and tests. */
    StretchFigure figure() {
        return figure;
    }

    /** Puts keyboard focus on the step text, which no key can act on. */
    void focusStep() {
        step.requestFocusInWindow();
    }

    /** The side line shown now ("Right side"), empty for a stretch done on both sides at once. */
    String sideText() {
        return side.getText();
    }

    /** The step text shown now. */
    String stepText() {
        return step.getText();
    }

    /** The stretch's name (or the title of a rest or the end) shown now. */
    String nameText() {
        return name.getText();
    }

    /** What to do now ("Hold", "Switch sides") and its countdown, as shown. */
    String actionAndHoldText() {
        return (action.getText() + " " + hold.getText()).strip();
    }

    /** Makes the next {@link #showMoment} word the stretch's lines again, e.g. in a new language. */
    void forgetShownStretch() {
        shownStretch = "";
        step.getAccessibleContext().setAccessibleName(Texts.text("break.currentStep"));
    }

    /** Shows a moment with the time left in it. */
    void showMoment(Moment m, Duration left) {
        Stretch s = m.stretch();
        if (!s.id().equals(shownStretch)) {
            shownStretch = s.id();
            name.setText(StretchTexts.name(s));
            String hintText = BreakTexts.hint(s);
            hint.setText(hintText);
            hint.setVisible(!hintText.isEmpty());
            String both = BreakTexts.variations(s);
            hint.setToolTipText(both.isEmpty() ? null : both);
            easierText = StretchTexts.easier(s).map(e -> Texts.text("break.easier", e)).orElse("");
            harderText = StretchTexts.harder(s).map(h -> Texts.text("break.harder", h)).orElse("");
            LiveTexts.text(easier, "break.easierLink");
            LiveTexts.text(harder, "break.harderLink");
            easier.setVisible(!easierText.isEmpty());
            harder.setVisible(!harderText.isEmpty());
            variations.setVisible(!easierText.isEmpty() || !harderText.isEmpty());
            variation.setText("");
            variation.setVisible(false);
            source.setText(BreakTexts.sourceLine(s));
            source.setToolTipText(SourceCredit.of(s.source(), s.sourceRef()));
            showCaution(BreakTexts.cautionWhileStretching());
        }
        setIfChanged(dose, BreakTexts.dose(m));
        dose.setVisible(true);
        figure.showMoment(m);
        setIfChanged(step, StretchTexts.step(m));
        action.setText(BreakTexts.momentAction(m, left));
        hold.setText(BreakTexts.shortTime(left));
        repetition.setText(BreakTexts.repetition(m));
        side.setText(BreakTexts.side(m.side()));
    }

    /** A plain rest without guidance (the user stopped the stretches): its time still counts down. */
    void showRest(String title, String text, Duration left) {
        shownStretch = "";
        name.setText(title);
        setIfChanged(step, text);
        action.setText(Texts.text("moment.rest"));
        hold.setText(BreakTexts.shortTime(left));
        repetition.setText("");
        side.setText("");
        hint.setText(BreakTexts.defaultSafety());
        hint.setVisible(true);
        hint.setToolTipText(null);
    }

    /** The routine is over: a kind word and the safety line, the last pose standing still. */
    void showFinished(String title, String safety) {
        shownStretch = "";
        name.setText(title);
        setIfChanged(step, Texts.text("break.wellDone"));
        action.setText("");
        hold.setText("");
        repetition.setText("");
        side.setText("");
        hint.setText(safety);
        hint.setVisible(true);
        hint.setToolTipText(null);
        dose.setVisible(false);
        showCaution(BreakTexts.cautionsAtTheEnd());
    }

    private void showCaution(String text) {
        setIfChanged(caution, text);
        caution.setVisible(!text.isEmpty());
    }

    private static void setIfChanged(JTextArea area, String text) {
        if (!text.equals(area.getText())) {
            area.setText(text);
            area.setCaretPosition(0);
        }
    }

    private static void wrapping(JTextArea area) {
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(BorderFactory.createEmptyBorder());
        area.setColumns(22);
        area.setFont(area.getFont() != null ? area.getFont() : UIManager.getFont("Label.font"));
    }

    private static JTextArea secondaryText(String componentName) {
        JTextArea area = new JTextArea();
        area.setName(componentName);
        wrapping(area);
        area.setFocusable(false);
        area.putClientProperty("FlatLaf.styleClass", "small");
        area.putClientProperty("FlatLaf.style", "foreground: $Unhunch.secondaryForeground");
        return area;
    }

    /** Shows a variation under the links, or hides it when it is the one shown. */
    private void showVariation(String text) {
        boolean hide = variation.isVisible() && variation.getText().equals(text);
        variation.setText(hide ? "" : text);
        variation.setVisible(!hide);
        // hidden until now, it has no width: wrapped at none it would ask for one line only
        variation.setSize(dose.getWidth(), 1);
        revalidate();
    }

    /** The easier or harder variation shown now, empty when none is. */
    String variationText() {
        return variation.isVisible() ? variation.getText() : "";
    }

    /** A button that looks like a link: the variations are there to be seen, not hidden in a tooltip. */
    private static JButton link(String key) {
        JButton b = new JButton();
        b.setName(key);
        b.putClientProperty("JButton.buttonType", "borderless");
        b.putClientProperty("FlatLaf.style", "foreground: $Component.linkColor; margin: 2,0,2,0");
        b.setCursor(java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.HAND_CURSOR));
        return b;
    }

    private static JLabel label(String componentName, String styleClass) {
        JLabel l = new JLabel(" ");
        l.setName(componentName);
        l.putClientProperty("FlatLaf.styleClass", styleClass);
        return l;
    }

    private static void secondary(JLabel l) {
        l.putClientProperty("FlatLaf.style", "foreground: $Unhunch.secondaryForeground");
    }

    private static java.awt.Component gap(int height) {
        return Box.createVerticalStrut(height);
    }
}
