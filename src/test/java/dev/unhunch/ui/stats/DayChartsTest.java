package dev.unhunch.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.history.DailyStats;
import dev.unhunch.core.history.StatCount;
import dev.unhunch.ui.i18n.Texts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/** The breaks chart stacks only outcomes of breaks, named as the table names them. */
class DayChartsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    /** Built on the EDT: a GUI test earlier in the same JVM may have installed a checking repaint manager. */
    private static CategoryChart chartOf(DailyStats... days) {
        return GuiActionRunner.execute(() -> new DayCharts(List.of(days)).breaksChart());
    }

    @Test
    void stacksEachBreakOnceByHowItEndedAndLeavesOffersAndSnoozesToTheTable() {
        Texts.setLocale(Locale.ENGLISH);
        // offered 6, taken 2, ended early 1, worked through 1, natural 1, snoozed 4, skipped 1, extra 3
        DailyStats day = new DailyStats(DAY, DAY, 6, 2, 1, 1, 1, 4, 1, 3, Duration.ofHours(5));
        CategoryChart chart = chartOf(DailyStats.empty(DAY.minusDays(1)), day);

        assertThat(chart.getStyler().isStacked()).isTrue();
        assertThat(chart.getSeriesMap().keySet()).containsExactly("Taken", "Ended early", "Natural (away)",
                "Extra (on demand)", "Worked through", "Skipped");
        assertThat(chart.getSeriesMap().keySet()).doesNotContain("Snoozed", "Breaks offered");
        CategorySeries taken = chart.getSeriesMap().get("Taken");
        assertThat(taken.getYData().stream().map(Number::doubleValue).toList()).containsExactly(0.0, 2.0);
        double stackHeight = chart.getSeriesMap().values().stream()
                .mapToDouble(s -> s.getYData().stream().skip(1).findFirst().orElseThrow().doubleValue()).sum();
        assertThat(stackHeight).as("the breaks of the day").isEqualTo(9);
    }

    @Test
    void theLegendUsesTheTablesWordsInEveryLanguage() {
        Texts.setLocale(Locale.GERMAN);
        CategoryChart chart = chartOf(DailyStats.empty(DAY));
        List<String> tableWords = DayCharts.STACKED.stream().map(c -> Texts.text("stats." + c.key())).toList();
        assertThat(chart.getSeriesMap().keySet()).containsExactlyElementsOf(tableWords).contains("Von selbst (weg)");
        assertThat(List.of(StatCount.values())).containsAll(DayCharts.STACKED);
    }

    @Test
    void theAxesWriteNumbersAsTheLanguageDoes() {
        for (String[] lang : new String[][] {{"de", "0,5"}, {"fr", "0,5"}, {"es", "0,5"}, {"pt-BR", "0,5"}, {"en", "0.5"}}) {
            Texts.useLanguage(lang[0]);
            DayCharts charts = GuiActionRunner.execute(() -> {
                DayCharts c = new DayCharts(List.of(DailyStats.empty(DAY)));
                c.setSize(900, 520);
                c.doLayout();
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(900, 520,
                        java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = image.createGraphics();
                c.paintAll(g);
                g.dispose();
                return c;
            });
            Locale used = charts.breaksChart().getStyler().getLocale();
            assertThat(used).as(lang[0]).isEqualTo(Texts.locale());
            // XChart formats its ticks with NumberFormat.getNumberInstance(locale) and the pattern
            java.text.DecimalFormat format = (java.text.DecimalFormat) java.text.NumberFormat.getNumberInstance(used);
            format.applyPattern("0.#");
            assertThat(format.format(0.5)).as(lang[0]).isEqualTo(lang[1]);
        }
    }

    @Test
    void durationsReadInEachLanguage() {
        Texts.useLanguage("de");
        assertThat(StatisticsWindow.hours(Duration.ofMinutes(112))).isEqualTo("1\u00a0Std. 52\u00a0Min.");
        Texts.useLanguage("fr");
        assertThat(StatisticsWindow.hours(Duration.ofMinutes(112))).isEqualTo("1\u00a0h 52\u00a0min");
        assertThat(StatisticsWindow.hours(Duration.ofSeconds(59))).isEqualTo("0\u00a0min");
        assertThat(StatisticsWindow.hours(Duration.ofHours(2))).isEqualTo("2\u00a0h");
    }
}
