package dev.unhunch.ui.stats;

import dev.unhunch.core.history.DailyStats;
import dev.unhunch.core.history.StatCount;
import dev.unhunch.ui.i18n.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.RenderingHints;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * The two charts of the statistics window, drawn with XChart straight into Swing: breaks per day
 * stacked by how each ended, and active hours per day. Colours come from the current look, so
 * light and dark both read well. Only the statistics window uses this class, so XChart loads when
 * it opens.
 *
 * <p>Only like things are stacked: every unit of a stack is one break, and each break ends in
 * exactly one of the stacked outcomes, so a bar's height is the breaks of that day. Offers and
 * snoozes are not breaks (a snoozed break is offered again and ends later), so they stay in the
 * table above and out of the stack.
 */
final class DayCharts extends JPanel {

    /** The outcomes stacked, bottom up: the breaks had, then the breaks missed. */
    static final List<StatCount> STACKED = List.of(StatCount.TAKEN, StatCount.ENDED_EARLY, StatCount.NATURAL,
            StatCount.EXTRA, StatCount.WORKED_THROUGH, StatCount.SKIPPED);
    private static final Color[] STACK_COLOURS = {
        new Color(0x2E9E6A), new Color(0x9CC95A), new Color(0x5BA4E6), new Color(0x3DB5B0),
        new Color(0xE0A030), new Color(0xD9534F),
    };
    private static final Color ACTIVE = new Color(0x7E6BC9);

    private final CategoryChart breaks;

    DayCharts(List<DailyStats> days) {
        super(new GridLayout(2, 1, 0, 8));
        setOpaque(false);
        List<String> labels = days.stream().map(d -> label(d, days.size())).toList();
        breaks = chart(title("chart.breaks", days), Texts.text("chart.breaks.axis"));
        breaks.getStyler().setStacked(true);
        breaks.getStyler().setSeriesColors(STACK_COLOURS);
        for (StatCount count : STACKED) {
            // the legend says what the table's rows say
            breaks.addSeries(Texts.text("stats." + count.key()), labels, values(days, count::of));
        }
        double most = days.stream().mapToDouble(d -> STACKED.stream().mapToInt(c -> c.of(d)).sum()).max()
                .orElse(0);
        breaks.getStyler().setYAxisMax(Math.max(4, Math.ceil(most)));
        CategoryChart active = chart(title("chart.active", days), Texts.text("chart.active.axis"));
        active.getStyler().setSeriesColors(new Color[] {ACTIVE});
        active.addSeries(Texts.text("chart.activeHours"), labels, values(days, d -> d.active().toMinutes() / 60.0));
        double longest = days.stream().mapToDouble(d -> d.active().toMinutes() / 60.0).max().orElse(0);
        active.getStyler().setYAxisMax(Math.max(1, Math.ceil(longest * 1.1)));
        active.getStyler().setYAxisDecimalPattern("0.#");
        add(new ChartView(breaks, "chart.breaks"));
        add(new ChartView(active, "chart.active"));
    }

    /** The breaks chart, for tests. */
    CategoryChart breaksChart() {
        return breaks;
    }

    /** A chart's title with the span of days, e.g. "Breaks per day  (3 Mar – 9 Mar)". */
    private static String title(String key, List<DailyStats> days) {
        if (days.isEmpty()) {
            return Texts.text(key);
        }
        DateTimeFormatter span = DateTimeFormatter.ofPattern("d MMM", Texts.locale());
        return Texts.text("chart.span", Texts.text(key), span.format(days.get(0).date()),
                span.format(days.get(days.size() - 1).date()));
    }

    private static String label(DailyStats day, int count) {
        if (count <= 7) {
            return day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Texts.locale()) + " "
                    + day.date().getDayOfMonth();
        }
        return String.valueOf(day.date().getDayOfMonth()); // the month is in the title
    }

    private static List<Double> values(List<DailyStats> days, ToDoubleFunction<DailyStats> f) {
        return days.stream().map(d -> f.applyAsDouble(d)).toList();
    }

    private static CategoryChart chart(String title, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(600).height(220).title(title).yAxisTitle(yTitle)
                .build();
        CategoryStyler s = chart.getStyler();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setYAxisMin(0.0);
        s.setLocale(Texts.locale());
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setAvailableSpaceFill(0.7);
        chart.getStyler().setXAxisTitleVisible(false);
        chart.getStyler().setXAxisLabelRotation(0);
        s.setChartTitleBoxVisible(false);
        s.setPlotBorderVisible(false);
        s.setAntiAlias(true);
        return chart;
    }

    /** Paints one chart at the component's size, in the colours of the current look. */
    private static final class ChartView extends JComponent {

        private final CategoryChart chart;

        ChartView(CategoryChart chart, String name) {
            this.chart = chart;
            setName(name);
            // wide enough for the six-entry legend in one row in every language (German is the longest)
            setPreferredSize(new Dimension(900, 250));
            setMinimumSize(new Dimension(320, 160));
        }

        CategoryChart chart() {
            return chart;
        }

        @Override
        protected void paintComponent(Graphics g) {
            style(chart.getStyler());
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                chart.paint(g2, getWidth(), getHeight());
            } finally {
                g2.dispose();
            }
        }

        private static void style(CategoryStyler s) {
            // the axes' numbers as the language writes them: 0,5 in German and French
            s.setLocale(Texts.locale());
            Color background = colour("Panel.background", Color.WHITE);
            Color text = colour("Label.foreground", Color.DARK_GRAY);
            Color grid = colour("Separator.foreground", Color.LIGHT_GRAY);
            Font font = UIManager.getFont("Label.font");
            s.setChartBackgroundColor(background);
            s.setPlotBackgroundColor(background);
            s.setLegendBackgroundColor(background);
            s.setLegendBorderColor(background);
            s.setChartFontColor(text);
            s.setAxisTickLabelsColor(text);
            s.setAxisTickMarksColor(grid);
            s.setPlotGridLinesColor(grid);
            s.setPlotGridLinesStroke(new BasicStroke(1f));
            s.setPlotGridVerticalLinesVisible(false);
            if (font != null) {
                s.setChartTitleFont(font.deriveFont(Font.BOLD, font.getSize2D() + 1));
                s.setAxisTickLabelsFont(font.deriveFont(font.getSize2D() - 1));
                s.setAxisTitleFont(font.deriveFont(font.getSize2D() - 1));
                s.setLegendFont(font);
            }
        }

        private static Color colour(String key, Color fallback) {
            Color c = UIManager.getColor(key);
            return c != null ? new Color(c.getRGB()) : fallback;
        }
    }
}
