package dev.unhunch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import org.assertj.swing.edt.GuiActionRunner;

/** The keyboard letters (Alt+letter) of the buttons a window shows are all different. */
public final class Mnemonics {

    private Mnemonics() {
    }

    /** Fails naming the buttons in {@code root} that share a keyboard letter. */
    public static void requireDistinct(Component root) {
        List<String> clashes = GuiActionRunner.execute(() -> {
            Map<Integer, String> byKey = new HashMap<>();
            List<String> out = new ArrayList<>();
            walk(root, byKey, out);
            return out;
        });
        assertThat(clashes).as("buttons sharing a keyboard letter in %s", root.getName()).isEmpty();
    }

    private static void walk(Component c, Map<Integer, String> byKey, List<String> out) {
        if (!c.isShowing()) {
            return;
        }
        if (c instanceof AbstractButton b && b.getMnemonic() != 0) {
            String other = byKey.putIfAbsent(b.getMnemonic(), b.getText());
            if (other != null) {
                out.add((char) b.getMnemonic() + ": " + other + " / " + b.getText());
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                walk(child, byKey, out);
            }
        }
    }
}
