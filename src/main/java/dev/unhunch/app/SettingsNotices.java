package dev.unhunch.app;

import dev.unhunch.core.settings.Notice;
import dev.unhunch.core.settings.Problem;
import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.notice.NoticeWindow;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;

/** Tells the user, once, what in their settings file could not be used, in their language. */
final class SettingsNotices {

    private SettingsNotices() {
    }

    /** Shows the notices in one window (nothing when there are none); any thread. */
    static void show(List<Notice> notices) {
        if (!notices.isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add(intro(notices));
            notices.forEach(notice -> lines.add(line(notice)));
            SwingUtilities.invokeLater(() -> NoticeWindow.show(Texts.text("notices.title"), lines));
        }
    }

    /**
     * The first line: "your file was left as it is" only when every notice is about a value; a
     * file moved aside or restored was not left as it was, so then only what is true is said.
     */
    static String intro(List<Notice> notices) {
        boolean wholeFile = notices.stream().anyMatch(n -> n.problem() == null || n.problem().used() == null);
        return Texts.text(wholeFile ? "notices.introFile" : "notices.intro");
    }

    /**
     * A notice in the language in use: an unusable value by its label, the reason and the value
     * used instead; a message about the whole file stays as the store wrote it (English).
     */
    static String line(Notice notice) {
        Problem p = notice.problem();
        if (p == null || p.used() == null) {
            return notice.text();
        }
        String label = SettingKeys.byName(p.key()).map(k -> Texts.text(k.labelKey())).orElse(p.key());
        return Texts.text("notices.problem", label, Texts.reason(p.reason()), p.used().isEmpty() ? "\u2014" : p.used());
    }
}
