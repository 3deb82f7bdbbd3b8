package dev.unhunch.ui.session;

import dev.unhunch.core.time.DurationText;
import dev.unhunch.ui.breakwindow.Screens;
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
        JOptionPane pane = new JOptionPane("You have been at the computer for "
                + DurationText.format(activeToday) + " today, your daily limit of "
                + DurationText.format(limit) + ".\nTime to call it a day when you can.",
                JOptionPane.INFORMATION_MESSAGE);
        JDialog dialog = pane.createDialog("Unhunch: daily limit reached");
        dialog.setName(WINDOW_NAME);
        dialog.setModal(false);
        dialog.setAutoRequestFocus(false);
        dialog.setAlwaysOnTop(true);
        Screens.centre(dialog, Screens.underPointer());
        dialog.setVisible(true);
    }
}
