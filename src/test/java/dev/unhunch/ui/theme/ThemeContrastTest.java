package dev.unhunch.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text colour of both themes against the background it is drawn on reaches WCAG AA's
 * 4.5:1 (computed as WCAG 2.x defines relative luminance), including the quieter lines: help
 * text, hints, and the break window's "Careful:" and "Source:" lines.
 */
class ThemeContrastTest {

    /** Text colour key and background colour key, as the windows draw them. */
    private static final String[][] PAIRS = {
        {"Label.foreground", "Panel.background"},
        {Themes.SECONDARY, "Panel.background"}, // help lines, hints, Careful:/Source:, countdowns
        {Themes.ERROR, "Panel.background"},
        {Themes.WARNING, "Panel.background"},
        {"Component.linkColor", "Panel.background"}, // Easier / Harder links
        {"Button.foreground", "Button.background"},
        {"Button.default.foreground", "Button.default.background"},
        {"CheckBox.foreground", "Panel.background"},
        {"TextField.foreground", "TextField.background"},
        {"TextArea.foreground", "Panel.background"},
        {"FormattedTextField.foreground", "FormattedTextField.background"},
        {"Spinner.foreground", "Spinner.background"},
        {"ComboBox.foreground", "ComboBox.background"},
        {"ComboBox.selectionForeground", "ComboBox.selectionBackground"},
        {"TabbedPane.foreground", "Panel.background"},
        {"ToolTip.foreground", "ToolTip.background"},
        {"List.foreground", "List.background"},
        {"List.selectionForeground", "List.selectionBackground"},
        {"Table.foreground", "Table.background"},
        {"Table.selectionForeground", "Table.selectionBackground"},
        {"TableHeader.foreground", "TableHeader.background"},
        {"MenuItem.foreground", "PopupMenu.background"},
        {"OptionPane.messageForeground", "OptionPane.background"},
    };

    @AfterAll
    static void light() {
        Themes.install(false);
    }

    /** WCAG 2.x contrast ratio of two opaque colours, from 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    @ParameterizedTest(name = "dark = {0}")
    @ValueSource(booleans = {false, true})
    void everyTextReadsAtFourAndAHalfToOne(boolean dark) {
        Themes.install(dark);
        List<String> tooFaint = new ArrayList<>();
        for (String[] pair : PAIRS) {
            Color text = UIManager.getColor(pair[0]);
            Color background = UIManager.getColor(pair[1]);
            if (text == null) {
                text = UIManager.getColor("Label.foreground");
            }
            assertThat(background).as(pair[1]).isNotNull();
            double ratio = contrast(text, background);
            if (ratio < 4.5) {
                tooFaint.add(String.format("%s on %s: %.2f:1", pair[0], pair[1], ratio));
            }
        }
        assertThat(tooFaint).as(dark ? "dark theme" : "light theme").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theRatioIsComputedAsWcagDefinesIt() {
        assertThat(contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(new Color(0x777777), Color.WHITE)).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }

    @ParameterizedTest(name = "dark = {0}")
    @ValueSource(booleans = {false, true})
    void theFocusRingIsWideAndStandsOut(boolean dark) {
        Themes.install(dark);
        assertThat(UIManager.getInt("Component.focusWidth")).isGreaterThanOrEqualTo(2);
        // WCAG 2.2 non-text contrast: 3:1 against the background for a focus indicator
        assertThat(contrast(UIManager.getColor("Component.focusColor"), UIManager.getColor("Panel.background")))
                .isGreaterThanOrEqualTo(3.0);
    }
}
