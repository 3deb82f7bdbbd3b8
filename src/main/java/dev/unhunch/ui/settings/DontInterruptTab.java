package dev.unhunch.ui.settings;

import dev.unhunch.ui.i18n.LiveTexts;
import java.awt.Component;
import java.awt.Dimension;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The "Don't interrupt" tab of the preferences: one checkbox per check that makes a due break
 * wait (microphone, camera, full screen, do-not-disturb) and the longest wait, each part with a
 * line on what it does.
 */
final class DontInterruptTab {

    /** The tab's component name, for tests and tools. */
    static final String NAME = "settings.dontInterrupt";

    private DontInterruptTab() {
    }

    /** The tab over the dialog's editors, looked up by setting key. */
    static JComponent form(Function<String, SettingField> fields) {
        Form checks = new Form().section("settings.section.dontInterrupt")
                .field(fields.apply("defer.microphone"))
                .field(fields.apply("defer.camera"))
                .field(fields.apply("defer.fullscreen"))
                .field(fields.apply("defer.dnd"));
        Form longest = new Form().section("settings.section.longestWait").field(fields.apply("defer.max"));
        JPanel tab = new JPanel();
        tab.setLayout(new BoxLayout(tab, BoxLayout.PAGE_AXIS));
        tab.setName(NAME);
        for (Component part : new Component[] {checks, note("settings.dontInterrupt.hint"), longest,
                note("settings.dontInterrupt.after")}) {
            JComponent c = (JComponent) part;
            c.setAlignmentX(Component.LEFT_ALIGNMENT);
            // each part as tall as it needs: the spare height goes below them all
            c.setMaximumSize(new Dimension(Integer.MAX_VALUE, c.getPreferredSize().height));
            tab.add(c);
        }
        tab.add(Box.createVerticalGlue());
        return tab;
    }

    /** A small line of explanation under a part, as wide as the tab. */
    private static JLabel note(String key) {
        JLabel note = LiveTexts.text(new JLabel(), key);
        note.putClientProperty("FlatLaf.styleClass", "small");
        note.setBorder(BorderFactory.createEmptyBorder(0, 14, 4, 14));
        return note;
    }
}
