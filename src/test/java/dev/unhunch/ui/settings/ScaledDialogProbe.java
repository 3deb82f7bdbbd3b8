package dev.unhunch.ui.settings;

import dev.unhunch.core.settings.Settings;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.io.File;
import java.util.Set;
import javax.swing.SwingUtilities;

/**
 * Run in a JVM of its own (the UI scale is fixed at start): opens the preferences as the app does
 * and prints the usable screen and where the dialog and its OK button are, in the scaled units.
 */
public final class ScaledDialogProbe {

    private ScaledDialogProbe() {
    }

    public static void main(String[] args) throws Exception {
        SettingsPort port = new SettingsPort() {
            @Override
            public Settings current() {
                return Settings.defaults();
            }

            @Override
            public Set<String> lockedKeys() {
                return Set.of();
            }

            @Override
            public void apply(Settings settings) {
            }

            @Override
            public String location() {
                return "/tmp/settings.properties";
            }

            @Override
            public ImportPreview previewImport(File file) {
                return ImportPreview.refused("not here");
            }

            @Override
            public void export(Settings settings, File file) {
            }
        };
        SwingUtilities.invokeAndWait(() -> {
            SettingsDialog d = SettingsDialog.show(null, port, t -> { });
            var gc = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
            Rectangle screen = gc.getBounds();
            Insets in = Toolkit.getDefaultToolkit().getScreenInsets(gc);
            Component ok = find(d, "settings.ok");
            Rectangle okAt = SwingUtilities.convertRectangle(ok.getParent(), ok.getBounds(), d);
            System.out.println("scale=" + gc.getDefaultTransform().getScaleY()
                    + " screen=" + screen.width + "x" + (screen.height - in.top - in.bottom)
                    + " dialog=" + d.getX() + "," + d.getY() + "," + d.getWidth() + "x" + d.getHeight()
                    + " okBottom=" + (d.getY() + okAt.y + okAt.height));
            d.dispose();
        });
        System.exit(0);
    }

    private static Component find(java.awt.Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container k) {
                Component found = find(k, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
