package dev.unhunch.ui.i18n;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JTabbedPane;

/**
 * Components that remember which text they show, so a window can be put into another language
 * in place: {@link #text} sets a label's or button's text from a key and keeps the key; {@link
 * #relabel} later sets every remembered text again from the current bundle. Texts that change
 * anyway (countdowns, status lines) are simply computed with {@link Texts#text} each time.
 *
 * <p>A {@code &} in a button text marks its mnemonic ({@code "&Weiter"}), so each language
 * chooses its own; {@code &&} is a literal ampersand.
 */
public final class LiveTexts {

    private static final String TEXT = "unhunch.text";
    private static final String TIP = "unhunch.tip";
    private static final String TABS = "unhunch.tabs";

    /** A key and its arguments, kept on the component. */
    private record Ref(String key, Object[] args) {
        String resolve() {
            return Texts.text(key, args);
        }
    }

    private LiveTexts() {
    }

    /** Sets the text of a label or button (or menu) from {@code key} and remembers the key. */
    public static <T extends JComponent> T text(T component, String key, Object... args) {
        Ref ref = new Ref(key, args);
        component.putClientProperty(TEXT, ref);
        apply(component, ref.resolve());
        return component;
    }

    /** Sets a text that is already in the right language (a computed line) and forgets any key. */
    public static <T extends JComponent> T plain(T component, String text) {
        component.putClientProperty(TEXT, null);
        apply(component, text);
        return component;
    }

    /** Sets the tooltip from {@code key} and remembers it. */
    public static <T extends JComponent> T tip(T component, String key, Object... args) {
        Ref ref = new Ref(key, args);
        component.putClientProperty(TIP, ref);
        component.setToolTipText(ref.resolve());
        return component;
    }

    /** Adds a tab whose title comes from {@code key}. */
    public static void addTab(JTabbedPane tabs, String key, Component content) {
        tabs.addTab(Texts.text(key), content);
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) tabs.getClientProperty(TABS);
        List<String> more = new java.util.ArrayList<>(keys == null ? List.of() : keys);
        more.add(key);
        tabs.putClientProperty(TABS, List.copyOf(more));
    }

    /** Sets every remembered text under {@code root} again, in the current language. */
    public static void relabel(Component root) {
        if (root instanceof JComponent c) {
            if (c.getClientProperty(TEXT) instanceof Ref ref) {
                apply(c, ref.resolve());
            }
            if (c.getClientProperty(TIP) instanceof Ref ref) {
                c.setToolTipText(ref.resolve());
            }
            if (c instanceof JTabbedPane tabs && tabs.getClientProperty(TABS) instanceof List<?> keys) {
                for (int i = 0; i < keys.size() && i < tabs.getTabCount(); i++) {
                    tabs.setTitleAt(i, Texts.text((String) keys.get(i)));
                }
            }
        }
        if (root instanceof JMenu menu) {
            for (Component item : menu.getMenuComponents()) {
                relabel(item);
            }
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                relabel(child);
            }
        }
    }

    /**
     * Relabels {@code window} whenever the language changes, then runs {@code more} for what the
     * window words itself (its title, computed lines); stops listening once the window is disposed.
     */
    public static void follow(Window window, Runnable more) {
        Runnable listener = () -> {
            relabel(window);
            more.run();
            window.validate();
        };
        Texts.addListener(listener);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                Texts.removeListener(listener);
            }
        });
    }

    private static void apply(JComponent component, String text) {
        if (component instanceof AbstractButton button) {
            Mnemonic m = Mnemonic.of(text);
            button.setText(m.text());
            button.setMnemonic(m.key());
            if (m.key() != 0) {
                button.setDisplayedMnemonicIndex(m.index());
            }
        } else if (component instanceof JLabel label) {
            label.setText(text);
        }
    }

    /** A text with its mnemonic marked by {@code &}, split into the shown text and the key. */
    public record Mnemonic(String text, int key, int index) {

        /** Reads {@code "&Weiter"} as text "Weiter", key W, index 0; no {@code &} means no mnemonic. */
        public static Mnemonic of(String marked) {
            StringBuilder shown = new StringBuilder();
            int key = 0;
            int index = -1;
            for (int i = 0; i < marked.length(); i++) {
                char c = marked.charAt(i);
                if (c == '&' && i + 1 < marked.length()) {
                    char next = marked.charAt(++i);
                    if (next != '&' && key == 0) {
                        index = shown.length();
                        key = keyCode(next);
                    }
                    shown.append(next);
                } else {
                    shown.append(c);
                }
            }
            return new Mnemonic(shown.toString(), key, index);
        }

        private static int keyCode(char c) {
            // VK_A..VK_Z and VK_0..VK_9 are the upper-case ASCII codes; others (Ü) have extended codes
            if (c < 128 && Character.isLetterOrDigit(c)) {
                return Character.toUpperCase(c);
            }
            return java.awt.event.KeyEvent.getExtendedKeyCodeForChar(Character.toLowerCase(c));
        }
    }
}
