package dev.unhunch.ui.welcome;

import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.Rhythm;
import dev.unhunch.core.settings.SettingKey;
import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.StretchTexts;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.icons.AppIcons;
import dev.unhunch.ui.settings.SettingsPort;
import dev.unhunch.ui.theme.Themes;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.WindowConstants;

/**
 * The sheet shown once, at the first start: what Unhunch does, the safety note, where the user
 * stretches and what they have, and how often breaks come. OK stores the choices through the
 * settings port; Skip (or closing it) keeps the defaults the template already holds.
 *
 * <p>It never takes the keyboard: a first start may come from an autostart entry at login while
 * the user is already typing elsewhere. The sheet appears without focus (like the break notice),
 * so keys keep going where they went; the mouse works in it at once, and a click anywhere in it
 * lets it take focus, so that Tab, Enter (OK) and Esc (Skip) work from then on.
 */
public final class FirstRunSheet {

    /** The component name of the window, for tests and tools. */
    public static final String NAME = "firstRun";

    private static final Log LOG = Log.of(FirstRunSheet.class);
    /** How wide the paragraphs are, in average characters. */
    private static final int PARAGRAPH_COLUMNS = 56;

    private final SettingsPort port;
    private final JFrame frame = new JFrame();
    private final JRadioButton atDesk = LiveTexts.text(new JRadioButton(), "firstRun.place.desk");
    private final JRadioButton atHome = LiveTexts.text(new JRadioButton(), "firstRun.place.home");
    private final Map<SettingKey<Boolean>, JCheckBox> equipment = new LinkedHashMap<>();
    private final Map<Rhythm, JRadioButton> rhythms = new EnumMap<>(Rhythm.class);
    private final JLabel problem = new JLabel();
    private final JButton ok = LiveTexts.text(new JButton(), "firstRun.ok");
    private final JButton skip = LiveTexts.text(new JButton(), "firstRun.skip");
    private final JTextArea what = paragraph();
    private final JTextArea safety = paragraph();
    private final JTextArea later = paragraph();
    private final String safetyNote;

    private FirstRunSheet(SettingsPort port, String safetyNote) {
        this.port = port;
        this.safetyNote = safetyNote;
        frame.setName(NAME);
        frame.setTitle(Texts.text("firstRun.title"));
        frame.setIconImages(AppIcons.windowIcons());
        frame.setAutoRequestFocus(false);
        frame.setFocusableWindowState(false);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                skip();
            }
        });
        JPanel content = new JPanel(new BorderLayout(0, 10));
        content.setBorder(BorderFactory.createEmptyBorder(14, 18, 10, 18));
        content.add(body(), BorderLayout.CENTER);
        content.add(buttons(), BorderLayout.SOUTH);
        frame.setContentPane(content);
        show(port.current());
        LiveTexts.follow(frame, () -> {
            frame.setTitle(Texts.text("firstRun.title"));
            relabelParagraphs();
            relabelRhythms();
            fit();
        });
        listenForClicks(content);
    }

    /**
     * Shows the sheet without taking focus; call on the EDT.
     *
     * @param port where the choices go (the settings file)
     * @param safetyNote the catalog's safety line (translated here)
     */
    public static JFrame show(SettingsPort port, String safetyNote) {
        Themes.ensureInstalled();
        FirstRunSheet sheet = new FirstRunSheet(port, safetyNote);
        sheet.fit();
        sheet.frame.setLocationRelativeTo(null);
        sheet.frame.setVisible(true);
        return sheet.frame;
    }

    private JComponent body() {
        JPanel body = new JPanel();
        body.setLayout(new BoxLayout(body, BoxLayout.PAGE_AXIS));
        JLabel title = LiveTexts.text(new JLabel(), "firstRun.heading");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(body, title);
        what.setName("firstRun.what");
        add(body, what);
        safety.setName("firstRun.safety");
        safety.setFont(safety.getFont().deriveFont(Font.BOLD));
        add(body, safety);

        add(body, heading("firstRun.place"));
        atDesk.setName("firstRun.desk");
        atHome.setName("firstRun.home");
        ButtonGroup place = new ButtonGroup();
        place.add(atDesk);
        place.add(atHome);
        add(body, row(atDesk, atHome));

        add(body, heading("firstRun.have"));
        JPanel have = new JPanel(new GridLayout(0, 2, 12, 0));
        for (SettingKey<Boolean> key : java.util.List.of(SettingKeys.EQUIPMENT_MAT, SettingKeys.EQUIPMENT_FOAM_ROLLER,
                SettingKeys.EQUIPMENT_WALL_OR_DOORWAY, SettingKeys.EQUIPMENT_LOW_BACKED_CHAIR)) {
            JCheckBox box = LiveTexts.text(new JCheckBox(), key.labelKey());
            box.setName("firstRun." + key.key());
            equipment.put(key, box);
            have.add(box);
        }
        add(body, have);

        add(body, heading("firstRun.rhythm"));
        ButtonGroup rhythm = new ButtonGroup();
        JPanel choices = new JPanel(new GridLayout(0, 1));
        for (Rhythm r : Rhythm.values()) {
            JRadioButton b = new JRadioButton();
            b.setName("firstRun.rhythm." + r.name().toLowerCase(java.util.Locale.ROOT));
            rhythm.add(b);
            rhythms.put(r, b);
            choices.add(b);
        }
        relabelRhythms();
        add(body, choices);
        later.setName("firstRun.later");
        add(body, later);
        relabelParagraphs();
        problem.setName("firstRun.problem");
        Color error = UIManager.getColor("Component.error.focusedBorderColor");
        problem.setForeground(error != null ? error : Color.RED);
        add(body, problem);
        return body;
    }

    /** "Standard — a short pause every 20 min, a 5 min stretch break every 60 min", in the language in use. */
    private void relabelRhythms() {
        rhythms.forEach((r, b) -> b.setText(Texts.text("firstRun.rhythm.line",
                Texts.text("firstRun.rhythm." + r.name().toLowerCase(java.util.Locale.ROOT)),
                words(r.microInterval()), words(r.microLength()), words(r.longInterval()), words(r.longLength()))));
    }

    /** A duration in plain words: "20 s", "10 min", "1 h 30 min". */
    static String words(java.time.Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return Texts.text("time.seconds", String.valueOf(seconds));
        }
        long minutes = d.toMinutes();
        String m = Texts.text("firstRun.minutes", String.valueOf(minutes % 60));
        if (minutes < 60) {
            return m;
        }
        String h = Texts.text("firstRun.hours", String.valueOf(minutes / 60));
        return minutes % 60 == 0 ? h : h + " " + m;
    }

    private JPanel buttons() {
        ok.setName("firstRun.ok");
        skip.setName("firstRun.skip");
        ok.addActionListener(e -> accept());
        skip.addActionListener(e -> skip());
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), ok);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), skip);
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        bar.add(skip);
        bar.add(ok);
        return bar;
    }

    /** Shows the settings in use: the defaults, or an administrator's; locked ones cannot change. */
    private void show(Settings s) {
        (s.stretches().atHome() ? atHome : atDesk).setSelected(true);
        equipment.forEach((key, box) -> box.setSelected(key.get(s)));
        Rhythm.of(s).ifPresent(r -> rhythms.get(r).setSelected(true));
        java.util.Set<String> locked = port.lockedKeys();
        boolean placeLocked = locked.contains(SettingKeys.STRETCH_AT_HOME.key());
        atDesk.setEnabled(!placeLocked);
        atHome.setEnabled(!placeLocked);
        equipment.forEach((key, box) -> box.setEnabled(!locked.contains(key.key())));
        boolean rhythmLocked = java.util.stream.Stream.of(SettingKeys.MICRO_ENABLED, SettingKeys.MICRO_INTERVAL,
                SettingKeys.MICRO_LENGTH, SettingKeys.LONG_ENABLED, SettingKeys.LONG_INTERVAL, SettingKeys.LONG_LENGTH)
                .anyMatch(k -> locked.contains(k.key()));
        rhythms.values().forEach(b -> b.setEnabled(!rhythmLocked));
    }

    /** The settings in use with the choices made here. */
    Settings chosen() {
        Settings.Builder b = port.current().toBuilder().atHome(atHome.isSelected());
        equipment.forEach((key, box) -> key.set(b, box.isSelected()));
        rhythms.forEach((r, button) -> {
            if (button.isSelected() && button.isEnabled()) {
                r.applyTo(b);
            }
        });
        return b.build();
    }

    private void accept() {
        try {
            Settings chosen = chosen();
            if (!chosen.equals(port.current())) {
                port.apply(chosen);
            }
            frame.dispose();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The first-run choices could not be saved", e);
            problem.setText(Texts.text("firstRun.notSaved", e.getMessage()));
            fit();
        }
    }

    private void skip() {
        LOG.info("First-run sheet skipped; the defaults stay");
        frame.dispose();
    }

    private static JLabel heading(String key) {
        JLabel l = LiveTexts.text(new JLabel(), key);
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        l.setBorder(BorderFactory.createEmptyBorder(10, 0, 2, 0));
        return l;
    }

    /**
     * Packs twice: a wrapped paragraph knows its height only once it has its width, which the
     * first pack gives it.
     */
    private void fit() {
        frame.pack();
        frame.pack();
    }

    private void relabelParagraphs() {
        what.setText(Texts.text("firstRun.what"));
        safety.setText(StretchTexts.safety(safetyNote) + " " + String.join(" ", StretchTexts.generalCautions().subList(0, 1)));
        later.setText(Texts.text("firstRun.later", port.location()));
    }

    /** A wrapped, read-only paragraph, as tall as its text needs at the sheet's width. */
    private static JTextArea paragraph() {
        JTextArea text = new JTextArea() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Dimension getPreferredSize() {
                // the height of wrapped text depends on the width: ask the text's view for it
                int width = PARAGRAPH_COLUMNS * getColumnWidth();
                java.awt.Insets in = getInsets();
                javax.swing.text.View view = getUI().getRootView(this);
                view.setSize(width - in.left - in.right, Float.MAX_VALUE);
                return new java.awt.Dimension(width,
                        (int) Math.ceil(view.getPreferredSpan(javax.swing.text.View.Y_AXIS)) + in.top + in.bottom);
            }
        };
        text.setEditable(false);
        text.setFocusable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setBorder(BorderFactory.createEmptyBorder(6, 0, 0, 0));
        return text;
    }

    private static JPanel row(JComponent... items) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        for (JComponent c : items) {
            row.add(c);
            row.add(Box.createHorizontalStrut(16));
        }
        return row;
    }

    private static void add(JPanel body, JComponent c) {
        c.setAlignmentX(Component.LEFT_ALIGNMENT);
        body.add(c);
    }

    private void bind(KeyStroke key, JButton button) {
        String name = "press " + button.getName();
        frame.getRootPane().getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, name);
        frame.getRootPane().getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                button.doClick();
            }
        });
    }

    /** A click anywhere in the sheet lets it take keyboard focus, for Tab, Enter and Esc. */
    private void listenForClicks(Component c) {
        c.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                // asked for after the press is handled: during it, X11 refuses the focus
                javax.swing.SwingUtilities.invokeLater(() -> takeFocus(e.getComponent()));
            }
        });
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
        (clicked.isFocusable() && clicked.isEnabled() ? clicked : ok).requestFocusInWindow();
    }
}
