package dev.unhunch.ui.session;

import dev.unhunch.ui.theme.Themes;
import dev.unhunch.ui.breakwindow.Screens;
import dev.unhunch.ui.i18n.Texts;
import java.time.Duration;
import javax.swing.JDialog;
import javax.swing.JOptionPane;

/** A friendly, non-blocking message that today's screen time reached the daily limit. */
final class DailyLimitMessage {

    /** Component name of the dialog, for tests. */
    static final String WINDOW_NAME = "unhunch.dailyLimit";

    private DailyLimitMessage() {
    }

    /** Shows the message without taking keyboard focus; call on the EDT. */
    static void show(Duration activeToday, Duration limit) {
        Themes.ensureInstalled();
        JOptionPane pane = new JOptionPane(Texts.text("dailyLimit.text", Texts.duration(activeToday),
                Texts.duration(limit)), JOptionPane.INFORMATION_MESSAGE);
        // the OK button in the chosen language, not the desktop's
        pane.setOptions(new Object[] {Texts.text("settings.ok")});
        JDialog dialog = pane.createDialog(Texts.text("dailyLimit.title"));
        dialog.setName(WINDOW_NAME);
        dialog.setModal(false);
        dialog.setAutoRequestFocus(false);
        dialog.setAlwaysOnTop(true);
        Screens.centre(dialog, Screens.underPointer());
        dialog.setVisible(true);
    }
}
