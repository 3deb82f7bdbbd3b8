package dev.unhunch.app;

import dev.unhunch.core.history.BufferedHistory;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.notice.NoticeWindow;
import java.util.List;
import javax.swing.SwingUtilities;

/**
 * Tells the user, in the notice window that settings problems use, when break records cannot be
 * saved (once per spell of failures); that it works again only goes to the log.
 */
final class HistoryNotices implements BufferedHistory.Listener {

    @Override
    public void cannotSave(String reason) {
        List<String> lines = List.of(Texts.text("history.cannotSave"), reason);
        SwingUtilities.invokeLater(() -> NoticeWindow.show(Texts.text("history.cannotSave.title"), lines));
    }
}
