package dev.unhunch.ui.settings;

import dev.unhunch.ui.i18n.LiveTexts;
import java.util.function.Function;
import javax.swing.JComponent;
import javax.swing.JLabel;

/**
 * The "Don't interrupt" tab of the preferences: one checkbox per check that makes a due break
 * wait (microphone, camera, full screen, do-not-disturb) and the longest wait, with a line on
 * what happens after the wait.
 */
final class DontInterruptTab {

    /** The tab's component name, for tests and tools. */
    static final String NAME = "settings.dontInterrupt";

    private DontInterruptTab() {
    }

    /** The tab's form over the dialog's editors, looked up by setting key. */
    static JComponent form(Function<String, SettingField> fields) {
        JLabel hint = LiveTexts.text(new JLabel(), "settings.dontInterrupt.hint");
        hint.putClientProperty("FlatLaf.styleClass", "small");
        JLabel after = LiveTexts.text(new JLabel(), "settings.dontInterrupt.after");
        after.putClientProperty("FlatLaf.styleClass", "small");
        Form form = new Form().section("settings.section.dontInterrupt")
                .field(fields.apply("defer.microphone"))
                .field(fields.apply("defer.camera"))
                .field(fields.apply("defer.fullscreen"))
                .field(fields.apply("defer.dnd"))
                .row(null, hint)
                .section("settings.section.longestWait")
                .field(fields.apply("defer.max"))
                .row(null, after)
                .end();
        form.setName(NAME);
        return form;
    }
}
