package dev.unhunch.platform.interrupt;

import dev.unhunch.core.breaks.Interruption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The desktop's do-not-disturb is on, by any of the three places desktops keep it:
 * <ul>
 *   <li>GNOME: {@code org.gnome.desktop.notifications show-banners} is false ({@code gsettings});</li>
 *   <li>KDE Plasma and any notification server that implements it: the {@code Inhibited} property
 *       of {@code org.freedesktop.Notifications} on the session bus ({@code gdbus});</li>
 *   <li>XFCE: {@code xfce4-notifyd}'s {@code /do-not-disturb} in xfconf ({@code xfconf-query}).</li>
 * </ul>
 * A place that cannot answer here (no schema, no notification server, no XFCE) is passed over; the
 * check fails only when none can.
 */
final class DoNotDisturbCheck implements InterruptionCheck {

    static final List<String> GNOME = List.of("gsettings", "get", "org.gnome.desktop.notifications", "show-banners");
    static final List<String> FREEDESKTOP = List.of("gdbus", "call", "--session", "--timeout", "2",
            "--dest", "org.freedesktop.Notifications", "--object-path", "/org/freedesktop/Notifications",
            "--method", "org.freedesktop.DBus.Properties.Get", "org.freedesktop.Notifications", "Inhibited");
    static final List<String> XFCE = List.of("xfconf-query", "-c", "xfce4-notifyd", "-p", "/do-not-disturb");

    private final BoundedCommand command;

    DoNotDisturbCheck(BoundedCommand command) {
        this.command = command;
    }

    @Override
    public Interruption kind() {
        return Interruption.DO_NOT_DISTURB;
    }

    @Override
    public boolean holds() throws CheckFailedException {
        List<String> failures = new ArrayList<>();
        int answered = 0;
        for (List<String> place : List.of(GNOME, FREEDESKTOP, XFCE)) {
            if (!BoundedCommand.onPath(place.get(0))) {
                failures.add("no " + place.get(0));
                continue;
            }
            try {
                String answer = command.run(place);
                answered++;
                if (on(place, answer)) {
                    return true;
                }
            } catch (CheckFailedException e) {
                failures.add(e.getMessage());
            }
        }
        if (answered == 0) {
            throw new CheckFailedException("no do-not-disturb setting answered: " + String.join("; ", failures));
        }
        return false;
    }

    /** Whether a place's answer means do-not-disturb is on. */
    static boolean on(List<String> place, String answer) {
        String a = answer.strip().toLowerCase(Locale.ROOT);
        if (place == GNOME) {
            return a.equals("false"); // banners off
        }
        if (place == FREEDESKTOP) {
            return a.equals("(<true>,)");
        }
        return a.equals("true");
    }

    @Override
    public String availability() {
        List<String> found = new ArrayList<>();
        for (List<String> place : List.of(GNOME, FREEDESKTOP, XFCE)) {
            if (!BoundedCommand.onPath(place.get(0))) {
                continue;
            }
            try {
                command.run(place);
                found.add(place == GNOME ? "GNOME show-banners" : place == FREEDESKTOP
                        ? "org.freedesktop.Notifications Inhibited" : "XFCE notifyd do-not-disturb");
            } catch (CheckFailedException e) {
                // not on this desktop
            }
        }
        return found.isEmpty() ? "unavailable (no GNOME setting, notification server or XFCE notifyd answered)"
                : "available (" + String.join(", ", found) + ")";
    }
}
