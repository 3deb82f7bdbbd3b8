package dev.unhunch.ui.settings;

import dev.unhunch.ui.theme.Themes;
import dev.unhunch.core.settings.Problem;
import dev.unhunch.core.settings.SettingKey;
import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.settings.Theme;
import dev.unhunch.core.stretch.Stretch;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.icons.AppIcons;
import dev.unhunch.ui.i18n.Texts;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.WindowConstants;

/**
 * The preferences window: one tab per area, an editor for every key of {@link SettingKeys#ALL}
 * (a key no tab names lands on "Advanced", so none is forgotten), inline reasons for refused
 * values, and OK / Cancel / Apply / Restore defaults. Locked keys are read-only; a setting that
 * has no effect (a break's length while that break is off) is disabled; a value the file held but
 * Unhunch could not use is marked. Each tab scrolls, so the dialog fits the screen at any scale
 * with its buttons in view; Esc cancels. The theme is previewed live and put back on Cancel.
 * Open it with {@link #show}.
 */
public final class SettingsDialog extends JDialog {

    /** The component name of the dialog, for tests and tools. */
    public static final String NAME = "settingsDialog";

    private final SettingsPort port;
    private final Consumer<Theme> themePreview;
    private final Map<String, SettingField> fields = new LinkedHashMap<>();
    private final JTabbedPane tabs = new JTabbedPane();
    private final JButton ok = LiveTexts.text(new JButton(), "settings.ok");
    private final JButton apply = LiveTexts.text(new JButton(), "settings.apply");
    private final JButton cancel = LiveTexts.text(new JButton(), "settings.cancel");
    private final JButton restore = LiveTexts.text(new JButton(), "settings.restore");
    private final ImportExport importExport;
    private Settings saved;
    private Settings edited;
    private Theme previewed;
    private boolean filling;

    SettingsDialog(Window owner, SettingsPort port, Consumer<Theme> themePreview, List<Stretch> catalog) {
        super(owner, Texts.text("settings.title"), ModalityType.MODELESS);
        setIconImages(AppIcons.windowIcons()); // else KDE shows Java's icon in the title bar and task bar
        this.port = port;
        this.themePreview = themePreview;
        this.saved = port.current();
        this.previewed = saved.theme();
        this.importExport = new ImportExport(this, port);
        setName(NAME);
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                cancel();
            }
        });
        StretchChoices stretches = new StretchChoices(catalog);
        stretches.fields().forEach(f -> fields.put(f.key().key(), f));
        for (SettingKey<?> key : SettingKeys.ALL) {
            fields.computeIfAbsent(key.key(), k -> SettingField.forKey(key));
        }
        tabs.setName("settingsTabs");
        LiveTexts.addTab(tabs, "settings.tab.breaks", scrolling(new Form()
                .section("settings.section.micro").field(f("micro.enabled")).field(f("micro.interval"))
                .field(f("micro.length"))
                .section("settings.section.long").field(f("long.enabled")).field(f("long.interval"))
                .field(f("long.length"))
                .section("settings.section.notice").field(f("notice.length")).field(f("snooze.length"))
                .field(f("snooze.max")).field(f("strict"))
                .section("settings.section.dailyLimit").field(f("daily.limit.enabled")).field(f("daily.limit")).end()));
        LiveTexts.addTab(tabs, "settings.tab.stretches", StretchesTab.form(stretches, this::f));
        LiveTexts.addTab(tabs, "settings.tab.schedule", scrolling(new Form().section("settings.section.counted")
                .field(f("working.hours")).section("settings.section.pauseTomorrow").field(f("pause.tomorrow.at")).end()));
        LiveTexts.addTab(tabs, "settings.tab.appearance", scrolling(new Form().field(f("theme")).field(f("reducedMotion"))
                .field(f("sounds")).field(f("language")).end()));
        LiveTexts.addTab(tabs, "settings.tab.dontInterrupt", scrolling(DontInterruptTab.form(this::f)));
        Form advanced = new Form().section("settings.section.activity").field(f("activity.noise"))
                .field(f("activity.active")).field(f("activity.idle"))
                .section("settings.section.startup").field(f("autostart"));
        fields.values().stream().filter(x -> x.editor().getParent() == null && !(x.editor() == stretches.table()))
                .forEach(advanced::field);
        LiveTexts.addTab(tabs, "settings.tab.advanced",
                scrolling(importExport.addTo(advanced.section("settings.section.file")).end()));
        // a new language (applied here or edited in the file) relabels the open dialog in place,
        // keeping any edits; the refusals are worded again by revalidating
        LiveTexts.follow(this, () -> {
            setTitle(Texts.text("settings.title"));
            stretches.relabel();
            if (f("working.hours").editor() instanceof WorkingHoursEditor hours) {
                hours.relabel();
            }
            revalidateAll();
            growToFit();
        });

        fields.values().forEach(x -> {
            if (port.lockedKeys().contains(x.key().key())) {
                x.lock();
            }
            x.addChangeListener(this::revalidateAll);
        });
        getContentPane().add(tabs, BorderLayout.CENTER);
        getContentPane().add(buttons(), BorderLayout.SOUTH);
        fill(saved);
        getRootPane().registerKeyboardAction(e -> cancel(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        Rectangle screen = usableScreen();
        setMinimumSize(new Dimension(Math.min(640, screen.width), Math.min(420, screen.height)));
        fitScreen();
    }

    /** A tab's form in a scroll pane, so that the dialog fits a small or scaled screen. */
    private static JScrollPane scrolling(JComponent form) {
        JScrollPane pane = new JScrollPane(form, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        pane.setBorder(BorderFactory.createEmptyBorder());
        pane.getVerticalScrollBar().setUnitIncrement(16);
        pane.getHorizontalScrollBar().setUnitIncrement(16);
        return pane;
    }

    /** The screen's area without panels, in the dialog's (scaled) units. */
    private Rectangle usableScreen() {
        GraphicsConfiguration gc = getGraphicsConfiguration() != null ? getGraphicsConfiguration()
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
        Rectangle r = gc.getBounds();
        Insets in = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        return new Rectangle(r.x + in.left, r.y + in.top, r.width - in.left - in.right, r.height - in.top - in.bottom);
    }

    /** Never taller or wider than the screen: the tabs scroll, OK and Cancel stay in view. */
    private void fitScreen() {
        Rectangle screen = usableScreen();
        int margin = 24; // room for the title bar's own decorations on most desktops
        setSize(Math.min(getWidth(), screen.width), Math.min(getHeight(), screen.height - margin));
    }

    /** Longer words (German is about a third longer) must not be cut off: grow, never shrink. */
    private void growToFit() {
        Dimension wanted = getPreferredSize();
        if (wanted.width > getWidth() || wanted.height > getHeight()) {
            setSize(Math.max(wanted.width, getWidth()), Math.max(wanted.height, getHeight()));
            fitScreen();
        }
    }

    /**
     * Opens the dialog (call on the EDT). It is placed over {@code owner}, or centred when owner is null.
     *
     * @param themePreview called with a theme to show it at once (also to put the saved one back on Cancel)
     * @return the dialog, already visible
     */
    public static SettingsDialog show(Window owner, SettingsPort port, Consumer<Theme> themePreview) {
        Themes.ensureInstalled();
        SettingsDialog dialog = new SettingsDialog(owner, port, themePreview, StretchCatalog.bundled().all());
        dialog.setLocationRelativeTo(owner);
        dialog.keepOnScreen();
        dialog.setVisible(true);
        return dialog;
    }

    /** Moves the dialog so that all of it, its buttons too, is on the screen. */
    void keepOnScreen() {
        Rectangle screen = usableScreen();
        int x = Math.max(screen.x, Math.min(getX(), screen.x + screen.width - getWidth()));
        int y = Math.max(screen.y, Math.min(getY(), screen.y + screen.height - getHeight()));
        setLocation(x, y);
    }

    private SettingField f(String key) {
        return fields.get(key);
    }

    private JPanel buttons() {
        ok.setName("settings.ok");
        apply.setName("settings.apply");
        cancel.setName("settings.cancel");
        restore.setName("settings.restore");
        ok.addActionListener(e -> {
            if (applyEdits()) {
                dispose();
            }
        });
        apply.addActionListener(e -> applyEdits());
        cancel.addActionListener(e -> cancel());
        restore.addActionListener(e -> restoreDefaults());
        getRootPane().setDefaultButton(ok);
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEADING));
        left.add(restore);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        right.add(ok);
        right.add(cancel);
        right.add(apply);
        JPanel bar = new JPanel(new BorderLayout());
        bar.setBorder(BorderFactory.createEmptyBorder(4, 8, 6, 8));
        bar.add(left, BorderLayout.WEST);
        bar.add(right, BorderLayout.EAST);
        return bar;
    }

    /** Shows {@code settings} in every field. */
    void fill(Settings settings) {
        filling = true;
        try {
            fields.values().forEach(x -> x.show(settings));
        } finally {
            filling = false;
        }
        if (settings == saved) {
            markFileProblems();
        }
        revalidateAll();
    }

    /** Marks each setting whose value in the file could not be used, saying what is used instead. */
    private void markFileProblems() {
        for (Problem p : port.fileProblems()) {
            SettingField field = fields.get(p.key());
            if (field != null && p.used() != null) {
                field.markFileProblem(p.value(), p.reason(), p.used());
            }
        }
    }

    /** Disables what has no effect: lengths of a break that is off, the limit while it is off. */
    private void enableDependents() {
        boolean micro = checked("micro.enabled");
        boolean longOn = checked("long.enabled");
        active("micro.interval", micro);
        active("micro.length", micro);
        active("long.interval", longOn);
        active("long.length", longOn);
        active("notice.length", micro || longOn);
        active("snooze.length", !checked("strict"));
        active("snooze.max", !checked("strict"));
        active("daily.limit", checked("daily.limit.enabled"));
    }

    private boolean checked(String key) {
        return f(key).editor() instanceof javax.swing.JCheckBox box && box.isSelected();
    }

    private void active(String key, boolean on) {
        f(key).setActive(on);
    }

    /** Reads every field, shows the reasons for refused values and enables OK / Apply accordingly. */
    private void revalidateAll() {
        if (filling) {
            return;
        }
        enableDependents();
        Settings.Builder builder = saved.toBuilder();
        boolean bad = false;
        for (SettingField field : fields.values()) {
            Optional<String> reason = field.locked() ? Optional.empty() : field.applyTo(builder);
            field.showProblem(reason.orElse(null));
            bad |= reason.isPresent();
        }
        edited = null;
        if (!bad) {
            Settings candidate = builder.build();
            List<Problem> problems = port.validate(candidate);
            for (Problem p : problems) {
                SettingField field = fields.get(p.key());
                if (field != null) {
                    field.showProblem(SettingField.wording(p.reason()));
                }
            }
            edited = problems.isEmpty() ? candidate : null;
        }
        ok.setEnabled(edited != null);
        apply.setEnabled(edited != null && !edited.equals(saved));
        if (edited != null && edited.theme() != previewed) {
            preview(edited.theme());
        }
    }

    private void preview(Theme theme) {
        previewed = theme;
        themePreview.accept(theme);
        fields.values().forEach(x -> x.showProblem(x.problem())); // colours of the new theme
    }

    /** Stores the edits; false (and a message) when they could not be stored. */
    private boolean applyEdits() {
        if (edited == null) {
            return false;
        }
        if (edited.equals(saved)) {
            return true;
        }
        try {
            port.apply(edited);
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(this, Texts.text("settings.notSaved", e.getMessage()),
                    Texts.text("settings.notSaved.title"), JOptionPane.ERROR_MESSAGE);
            return false;
        }
        saved = port.current();
        fill(saved);
        return true;
    }

    /** After an import was applied elsewhere: the stored settings are the new baseline. */
    void reloadSaved() {
        saved = port.current();
        fill(saved);
    }

    ImportExport importExport() {
        return importExport;
    }

    /** The valid edited settings, or null while a value is refused. */
    Settings edited() {
        return edited;
    }

    private void cancel() {
        if (previewed != saved.theme()) {
            preview(saved.theme());
        }
        dispose();
    }

    private void restoreDefaults() {
        // an administrator's defaults replace the built-in ones; say so, or the values would surprise
        boolean admin = port.defaultsFromAdministrator();
        Object[] options = {Texts.text("settings.ok"), Texts.text("settings.cancel")};
        int answer = JOptionPane.showOptionDialog(this,
                Texts.text(admin ? "settings.restore.questionAdmin" : "settings.restore.question"),
                Texts.text("settings.restore"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE, null,
                options, options[0]);
        if (answer != 0) {
            return;
        }
        Settings defaults = port.defaults();
        filling = true;
        try {
            fields.values().stream().filter(x -> !x.locked()).forEach(x -> {
                x.show(defaults);
                x.clearFileProblem();
            });
        } finally {
            filling = false;
        }
        revalidateAll();
    }
}
