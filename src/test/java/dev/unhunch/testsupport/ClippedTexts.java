package dev.unhunch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * Finds labels and buttons narrower or lower than their text needs, which Swing then cuts off
 * with "…": what longer languages (French, Portuguese) do to a layout made for English.
 */
public final class ClippedTexts {

    private ClippedTexts() {
    }

    /** Fails naming every label or button in {@code root} that cannot show its whole text. */
    public static void require(Component root) {
        List<String> found = GuiActionRunner.execute(() -> {
            List<String> out = new ArrayList<>();
            walk(root, out);
            return out;
        });
        assertThat(found).as("texts cut off in %s", root.getName()).isEmpty();
    }

    private static void walk(Component c, List<String> out) {
        if (!c.isShowing()) {
            return;
        }
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
        if (text != null && !text.isBlank() && !text.startsWith("<html>")) {
            Dimension needed = c.getPreferredSize();
            if (c.getWidth() < needed.width - 1 || c.getHeight() < needed.height - 1) {
                out.add(c.getClass().getSimpleName() + (c.getName() == null ? "" : " '" + c.getName() + "'")
                        + " " + c.getWidth() + "x" + c.getHeight() + " < " + needed.width + "x" + needed.height
                        + ": " + text);
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                walk(child, out);
            }
        }
    }
}
