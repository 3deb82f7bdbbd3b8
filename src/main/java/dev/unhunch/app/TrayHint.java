package dev.unhunch.app;

import dev.unhunch.core.log.Log;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.notice.NoticeWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingUtilities;

/**
 * Tells the user, once, that their desktop shows no tray icons (stock GNOME) and what to install
 * to get one. Remembered by a marker file in the state directory, so it is not repeated at every
 * login; the status window stands in meanwhile, and the tray takes over by itself once the
 * extension runs.
 */
final class TrayHint {

    static final String MARKER = "tray-hint-shown";
    private static final Log LOG = Log.of(TrayHint.class);

    private TrayHint() {
    }

    /** Shows the hint unless it was shown before for this user; any thread. */
    static void showOnce(Path stateDir) {
        Path marker = stateDir.resolve(MARKER);
        if (Files.exists(marker)) {
            LOG.info("No tray on this desktop; the hint about the GNOME extension was shown before");
            return;
        }
        LOG.info("No tray on this desktop (no StatusNotifierWatcher, no XEmbed host); showing the hint once");
        try {
            Files.createDirectories(stateDir);
            Files.writeString(marker, "");
        } catch (IOException e) {
            LOG.warn("Cannot remember that the tray hint was shown: " + e.getMessage());
        }
        SwingUtilities.invokeLater(() -> NoticeWindow.show(Texts.text("trayHint.title"),
                List.of(Texts.text("trayHint.body"), Texts.text("trayHint.gnome"), Texts.text("trayHint.meanwhile"))));
    }
}
