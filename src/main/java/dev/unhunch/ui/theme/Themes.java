package dev.unhunch.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.UIManager;

/** Installs the FlatLaf look and switches it between light and dark while running. */
public final class Themes {

    private Themes() {
    }

    /** Installs the light or dark FlatLaf theme; call on the EDT. */
    public static void install(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        UIManager.put("Component.arc", 10);
        UIManager.put("Button.arc", 10);
    }
}
