package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.notice.NoticeWindow;
import java.awt.Window;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The user is told in the notice window when the history cannot be saved, in their language. */
@RequiresDisplay
@org.junit.jupiter.api.Timeout(60)
class HistoryNoticesGuiTest {

    @AfterEach
    void reset() {
        GuiActionRunner.execute(() -> {
            notice().ifPresent(Window::dispose);
            Texts.setLocale(Locale.ENGLISH);
        });
    }

    private static Optional<JDialog> notice() {
        return Arrays.stream(Window.getWindows()).filter(w -> w.isShowing() && NoticeWindow.WINDOW_NAME.equals(w.getName()))
                .map(JDialog.class::cast).findFirst();
    }

    @Test
    void saysTheHistoryCannotBeSavedAndWhy() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            SwingUtilities.invokeAndWait(() -> Texts.setLocale(locale));
            new HistoryNotices().cannotSave("Could not add to the break history in /home/u/.local/state/unhunch: "
                    + "No space left on device");
            Waits.until("the notice window", 10_000, () -> GuiActionRunner.execute(() -> notice().isPresent()));
            JDialog dialog = GuiActionRunner.execute(() -> notice().orElseThrow());
            String text = GuiActionRunner.execute(() -> {
                JTextArea area = (JTextArea) findByName(dialog, "notice.text");
                return area.getText();
            });
            assertThat(text).contains("No space left on device")
                    .contains(locale == Locale.ENGLISH ? "cannot save your break history" : "nicht speichern");
            assertThat(GuiActionRunner.execute(dialog::getTitle))
                    .isEqualTo(locale == Locale.ENGLISH ? "Unhunch break history" : "Unhunch-Pausenverlauf");
            Waits.until("the notice painted", 10_000, () -> GuiActionRunner.execute(dialog::isShowing));
            SwingUtilities.invokeAndWait(() -> dialog.getRootPane().paintImmediately(dialog.getRootPane().getBounds()));
            Screenshots.take("history-cannot-save-" + locale.getLanguage());
            GuiActionRunner.execute(dialog::dispose);
        }
    }

    private static java.awt.Component findByName(java.awt.Container root, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container child) {
                java.awt.Component found = findByName(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
