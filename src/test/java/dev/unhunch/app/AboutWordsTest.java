package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.platform.idle.FailoverIdleSource.Described;
import dev.unhunch.platform.idle.FailoverIdleSource.Described.Kind;
import dev.unhunch.ui.i18n.Texts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** About speaks of the tray and activity detection in a person's words, not the library's. */
class AboutWordsTest {

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void theTrayAndTheIdleSourceAreDescribedPlainly() {
        Texts.setLocale(Locale.ENGLISH);
        assertThat(UnhunchApp.trayInWords("Dorkbox Gtk")).isEqualTo("shown in the panel (XEmbed)");
        assertThat(UnhunchApp.trayInWords("Dorkbox AppIndicator")).isEqualTo("shown in the panel (StatusNotifier)");
        assertThat(UnhunchApp.trayInWords("status window (no system tray)")).contains("small window");
        assertThat(UnhunchApp.activityInWords(idle(Kind.X11, ":0")))
                .isEqualTo("keyboard and mouse, as the X server reports them");
        assertThat(UnhunchApp.activityInWords(idle(Kind.POINTER, ""))).contains("typing is not seen");
        assertThat(UnhunchApp.activityInWords(idle(Kind.NONE, ""))).startsWith("not seen");
        assertThat(UnhunchApp.activityInWords(idle(Kind.NAMED, "GNOME Mutter IdleMonitor (D-Bus)"))).contains("desktop");
        assertThat(UnhunchApp.activityInWords(idle(Kind.NAMED, "Windows GetLastInputInfo"))).contains("system");
        Texts.setLocale(Locale.GERMAN);
        assertThat(UnhunchApp.trayInWords("Dorkbox Gtk")).isEqualTo("in der Leiste (XEmbed)");
        assertThat(Texts.text("about.tray", UnhunchApp.trayInWords("Dorkbox Gtk"))).doesNotContain("Dorkbox");
    }

    private static Described idle(Kind kind, String detail) {
        return new Described(kind, detail, List.of());
    }
}
