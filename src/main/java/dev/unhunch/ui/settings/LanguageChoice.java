package dev.unhunch.ui.settings;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.ui.i18n.Texts;
import java.awt.Component;
import java.util.Locale;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;

/**
 * The language as a drop-down: "System default" (in the language in use), then every language
 * Unhunch has texts for ({@link Texts#SUPPORTED}, so a language added there appears here), each
 * named in itself ("Deutsch", "English"). A tag from the file that is not one of them (de-CH)
 * is kept as an entry of its own, named in itself with its tag.
 */
final class LanguageChoice extends JComboBox<String> {

    LanguageChoice() {
        addItem(Settings.SYSTEM_LANGUAGE);
        for (Locale l : Texts.SUPPORTED) {
            addItem(l.toLanguageTag());
        }
        setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                return super.getListCellRendererComponent(list, name(String.valueOf(value)), index, selected, focus);
            }
        });
    }

    /** How a language is named in the list: in itself, or "System default" in the language in use. */
    static String name(String tag) {
        if (tag.equals(Settings.SYSTEM_LANGUAGE)) {
            return Texts.text("language.system");
        }
        Locale l = Locale.forLanguageTag(tag);
        boolean listed = Texts.SUPPORTED.stream().anyMatch(s -> s.toLanguageTag().equals(tag));
        if (listed) {
            return Texts.nameInItself(l); // "Português (Brasil)": the country where it matters
        }
        String own = l.getDisplayLanguage(l);
        return own.isEmpty() ? tag : own.substring(0, 1).toUpperCase(l) + own.substring(1) + " (" + tag + ")";
    }

    /** The tag as the file writes it. */
    String tag() {
        return String.valueOf(getSelectedItem());
    }

    void setTag(String tag) {
        boolean known = false;
        for (int i = 0; i < getItemCount(); i++) {
            known |= getItemAt(i).equals(tag);
        }
        if (!known) {
            addItem(tag);
        }
        setSelectedItem(tag);
    }
}
