package dev.unhunch.ui.stats;

import dev.unhunch.ui.theme.Themes;
import dev.unhunch.core.history.DailyStats;
import dev.unhunch.core.history.HistoryStats;
import dev.unhunch.core.history.StatCount;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.icons.AppIcons;
import dev.unhunch.ui.i18n.Texts;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;

/**
 * The statistics window: today, the last 7 and the last 30 days in numbers (the counts of
 * {@link StatCount}, each row titled with the same words as the chart's legend, and the active
 * time), the current streak, charts per day, and an export to CSV. Open it with {@link #show}.
 */
public final class StatisticsWindow extends JFrame {

    /** The component name of the window, for tests and tools. */
    public static final String NAME = "statisticsWindow";

    private final StatsPort port;
    private final JLabel status = new JLabel(" ");
    private final JPanel top = new JPanel(new BorderLayout(24, 0));
    private final CardLayout cards = new CardLayout();
    private final JPanel deck = new JPanel(cards);
    private final LiveStats live;
    private FilePicker picker = StatisticsWindow::choose;

    /** Asks the user where to save; null when they cancel. Replaceable for tests. */
    interface FilePicker {
        File pick(Component parent);
    }

    StatisticsWindow(StatsPort port) throws IOException {
        super(Texts.text("stats.title"));
        setIconImages(AppIcons.windowIcons()); // else KDE shows Java's icon in the title bar and task bar
        this.port = port;
        setName(NAME);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        HistoryStats.Summary summary = port.summary();
        showNumbers(summary);
        JPanel content = new JPanel(new BorderLayout(0, 12));
        content.setBorder(BorderFactory.createEmptyBorder(14, 16, 10, 16));
        content.add(top, BorderLayout.NORTH);
        content.add(charts(summary.days()), BorderLayout.CENTER);
        content.add(bottom(), BorderLayout.SOUTH);
        setContentPane(content);
        pack();
        live = new LiveStats(port, summary.today().date(), this::render, LiveStats.DAY_CHECK_MS);
        live.follow(this);
        // the buttons relabel themselves; numbers, dates and charts are drawn again in the new words
        LiveTexts.follow(this, () -> {
            setTitle(Texts.text("stats.title"));
            try {
                render(port.summary());
            } catch (IOException e) {
                // the history went away: keep the numbers shown, the next refresh will say more
            }
        });
    }

    private void showNumbers(HistoryStats.Summary summary) {
        top.removeAll();
        top.add(streak(summary.streak()), BorderLayout.WEST);
        top.add(numbers(summary), BorderLayout.CENTER);
        if (summary.unreadable() > 0) {
            JLabel skipped = new JLabel(Texts.text("stats.skippedRecords", summary.unreadable()));
            skipped.setName("stats.skippedRecords");
            skipped.setBorder(BorderFactory.createEmptyBorder(8, 0, 0, 0));
            top.add(skipped, BorderLayout.SOUTH);
        }
    }

    /** Shows a newer summary in place (see {@link LiveStats}); the range chosen stays chosen. */
    private void render(HistoryStats.Summary summary) {
        showNumbers(summary);
        boolean thirty = deck.getComponent(1).isVisible();
        deck.removeAll();
        List<DailyStats> days = summary.days();
        deck.add(new DayCharts(days.subList(Math.max(0, days.size() - 7), days.size())), "7");
        deck.add(new DayCharts(days), "30");
        cards.show(deck, thirty ? "30" : "7");
        top.revalidate();
        deck.revalidate();
        repaint();
    }

    LiveStats liveStats() {
        return live;
    }

    /**
     * Opens the window (call on the EDT), centred over {@code owner} or the screen.
     *
     * @throws IOException when the history cannot be read
     */
    public static StatisticsWindow show(Component owner, StatsPort port) throws IOException {
        Themes.ensureInstalled();
        StatisticsWindow window = new StatisticsWindow(port);
        window.setLocationRelativeTo(owner);
        window.setVisible(true);
        return window;
    }

    void setPicker(FilePicker picker) {
        this.picker = picker;
    }

    private static JPanel streak(int days) {
        JLabel number = new JLabel(String.valueOf(days), SwingConstants.CENTER);
        number.setName("stats.streak");
        number.setFont(number.getFont().deriveFont(Font.BOLD, number.getFont().getSize2D() * 2.6f));
        JLabel caption = new JLabel(Texts.text("stats.streak", days), SwingConstants.CENTER);
        caption.setToolTipText(Texts.text("stats.streak.tip"));
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(number, BorderLayout.CENTER);
        panel.add(caption, BorderLayout.SOUTH);
        return panel;
    }

    private static JPanel numbers(HistoryStats.Summary s) {
        List<DailyStats> spans = List.of(s.today(), s.last7(), s.last30());
        String[] ids = {"today", "week", "month"};
        JPanel grid = new JPanel(new GridLayout(0, 4, 16, 2));
        grid.add(new JLabel(""));
        for (String title : new String[] {"stats.today", "stats.last7", "stats.last30"}) {
            JLabel head = new JLabel(Texts.text(title), SwingConstants.TRAILING);
            head.setFont(head.getFont().deriveFont(Font.BOLD));
            grid.add(head);
        }
        for (StatCount count : StatCount.values()) {
            row(grid, count.key(), spans, ids, d -> String.valueOf(count.of(d)));
        }
        row(grid, "active", spans, ids, d -> hours(d.active()));
        return grid;
    }

    /** A row of numbers; {@code id} names its cells and its title's text key ({@code stats.<id>}). */
    private static void row(JPanel grid, String id, List<DailyStats> spans, String[] ids,
            Function<DailyStats, String> value) {
        JLabel title = new JLabel(Texts.text("stats." + id));
        title.setToolTipText(Texts.text("stats." + id + ".tip"));
        grid.add(title);
        for (int i = 0; i < spans.size(); i++) {
            JLabel cell = new JLabel(value.apply(spans.get(i)), SwingConstants.TRAILING);
            cell.setName("stats." + ids[i] + "." + id);
            grid.add(cell);
        }
    }

    /** Active time as "3 h 20 min", in the language in use. */
    static String hours(Duration d) {
        return Texts.duration(d);
    }

    private JPanel charts(List<DailyStats> days) {
        List<DailyStats> week = days.subList(Math.max(0, days.size() - 7), days.size());
        deck.add(new DayCharts(week), "7");
        deck.add(new DayCharts(days), "30");
        JToggleButton seven = LiveTexts.text(new JToggleButton("", true), "stats.last7");
        seven.setName("stats.range7");
        JToggleButton thirty = LiveTexts.text(new JToggleButton(), "stats.last30");
        thirty.setName("stats.range30");
        ButtonGroup group = new ButtonGroup();
        group.add(seven);
        group.add(thirty);
        seven.addActionListener(e -> cards.show(deck, "7"));
        thirty.addActionListener(e -> cards.show(deck, "30"));
        JPanel switcher = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        switcher.add(seven);
        switcher.add(thirty);
        JPanel panel = new JPanel(new BorderLayout(0, 6));
        panel.add(switcher, BorderLayout.NORTH);
        panel.add(deck, BorderLayout.CENTER);
        return panel;
    }

    private JPanel bottom() {
        JButton export = LiveTexts.text(new JButton(), "stats.export");
        export.setName("stats.export");
        export.addActionListener(e -> export());
        JButton close = LiveTexts.text(new JButton(), "stats.close");
        close.setName("stats.close");
        close.addActionListener(e -> dispose());
        status.setName("stats.status");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        buttons.add(export);
        buttons.add(close);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(status, BorderLayout.CENTER);
        panel.add(buttons, BorderLayout.EAST);
        return panel;
    }

    private void export() {
        File file = picker.pick(this);
        if (file == null) {
            return;
        }
        try {
            port.exportCsv(file);
            status.setText(Texts.text("stats.saved", file.getName()));
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(this, Texts.text("stats.exportFailed", e.getMessage()),
                    Texts.text("stats.exportTitle"), JOptionPane.ERROR_MESSAGE);
        }
    }

    private static File choose(Component parent) {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new File("unhunch-statistics.csv"));
        return chooser.showSaveDialog(parent) == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile() : null;
    }
}
