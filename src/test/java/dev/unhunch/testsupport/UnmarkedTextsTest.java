package dev.unhunch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** The pseudo-language check finds what it should, and only that. */
class UnmarkedTextsTest {

    @Test
    void markedTextsNumbersAndPunctuationPassWordsDoNot() {
        assertThat(UnmarkedTexts.isMarked("\u27e6Quit\u27e7")).isTrue();
        assertThat(UnmarkedTexts.isMarked("\u27e6\u27e6a\u27e7, \u27e6b\u27e7\u27e7")).isTrue();
        assertThat(UnmarkedTexts.isMarked("\u27e6in {0}\u27e7 12:30")).isTrue();
        assertThat(UnmarkedTexts.isMarked("0:45 \u2014 1/3 (50 %)")).isTrue();
        assertThat(UnmarkedTexts.isMarked("<html>\u27e6Hello\u27e7</html>")).isTrue();
        assertThat(UnmarkedTexts.isMarked("Quit")).isFalse();
        assertThat(UnmarkedTexts.isMarked("\u27e6Micro break\u27e7 in 5 min")).isFalse();
        assertThat(UnmarkedTexts.isMarked("Tray: \u27e6status window\u27e7")).isFalse();
    }

    @Test
    void findsAnUnmarkedLabelButtonAndBorderTitleByName() {
        List<String> found = GuiActionRunner.execute(() -> {
            JPanel panel = new JPanel();
            JLabel ok = new JLabel("\u27e6fine\u27e7");
            JButton bad = new JButton("Close");
            bad.setName("close");
            bad.setToolTipText("\u27e6tip\u27e7");
            panel.setBorder(BorderFactory.createTitledBorder("Section"));
            panel.add(ok);
            panel.add(bad);
            return UnmarkedTexts.in(panel, t -> false);
        });
        assertThat(found).containsExactly("JPanel border: Section", "JButton 'close': Close");
    }
}
