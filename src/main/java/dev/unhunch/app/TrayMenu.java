package dev.unhunch.app;

import dev.unhunch.core.breaks.PauseRequest;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.tray.TrayMenuItem;
import dev.unhunch.ui.tray.TrayPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The tray menu: its entries in the language in use, and the link that relabels an open tray
 * when the language changes. The commands behind the entries come from the app.
 */
final class TrayMenu {

    /** What the entries do. */
    interface Commands {
        void stretchNow();

        void longBreakNow();

        void pause(PauseRequest request);

        void resume();

        void preferences();

        void statistics();

        void about();

        void quit();

        /** Whether breaks are paused now: "Resume" is offered only then. */
        default boolean paused() {
            return false;
        }

        /** Whether long breaks are on: "Take a long break now" is offered only then. */
        default boolean longBreaksOn() {
            return true;
        }
    }

    private TrayMenu() {
    }

    /** The entries, labelled in the current language, each enabled only when it can act. */
    static List<TrayMenuItem> items(Commands c) {
        List<TrayMenuItem> items = new ArrayList<>();
        items.add(new TrayMenuItem(Texts.text("tray.stretchNow"), c::stretchNow));
        items.add(new TrayMenuItem(Texts.text("tray.longBreakNow"), c::longBreakNow).enabledIf(c.longBreaksOn()));
        items.add(TrayMenuItem.submenu(Texts.text("tray.pause"), List.of(
                new TrayMenuItem(Texts.text("tray.pause.30m"), () -> c.pause(PauseRequest.of(Duration.ofMinutes(30)))),
                new TrayMenuItem(Texts.text("tray.pause.1h"), () -> c.pause(PauseRequest.of(Duration.ofHours(1)))),
                new TrayMenuItem(Texts.text("tray.pause.2h"), () -> c.pause(PauseRequest.of(Duration.ofHours(2)))),
                new TrayMenuItem(Texts.text("tray.pause.tomorrow"), () -> c.pause(PauseRequest.untilTomorrow())),
                new TrayMenuItem(Texts.text("tray.pause.indefinitely"), () -> c.pause(PauseRequest.indefinitely())))));
        items.add(new TrayMenuItem(Texts.text("tray.resume"), c::resume).enabledIf(c.paused()));
        items.add(TrayMenuItem.separator());
        items.add(new TrayMenuItem(Texts.text("tray.preferences"), c::preferences));
        items.add(new TrayMenuItem(Texts.text("tray.statistics"), c::statistics));
        items.add(new TrayMenuItem(Texts.text("tray.about"), c::about));
        items.add(TrayMenuItem.separator());
        items.add(new TrayMenuItem(Texts.text("tray.quit"), c::quit));
        return items;
    }

    /**
     * Relabels {@code tray} in every new language from now on, then runs {@code after} (the app
     * words its status line again).
     *
     * @return the language listener, to remove it when the tray goes
     */
    static Runnable follow(TrayPort tray, Commands commands, Runnable after) {
        Runnable listener = () -> {
            tray.relabel(items(commands));
            after.run();
        };
        Texts.addListener(listener);
        return listener;
    }
}
