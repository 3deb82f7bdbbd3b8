package dev.unhunch.ui.settings;

import javax.swing.JTabbedPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;

/**
 * Shows a Preferences tab through the model, for tests that read what each tab shows rather than
 * whether a click on the tab strip lands (SettingsDialogGuiTest clicks them); a click sometimes
 * missed under load.
 */
final class SettingsTabs {

    private SettingsTabs() {
    }

    static void show(DialogFixture window, int index) {
        JTabbedPane tabs = window.tabbedPane("settingsTabs").target();
        GuiActionRunner.execute(() -> tabs.setSelectedIndex(index));
        window.robot().waitForIdle();
    }
}
