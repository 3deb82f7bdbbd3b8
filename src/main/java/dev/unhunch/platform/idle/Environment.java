package dev.unhunch.platform.idle;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the idle-source choice depends on: the operating system and the session variables ({@code
 * XDG_SESSION_TYPE}, {@code WAYLAND_DISPLAY}, {@code DISPLAY}, {@code XDG_CURRENT_DESKTOP}).
 * Passed in rather than read globally so that tests can describe any machine.
 *
 * @param osName the {@code os.name} system property
 * @param osVersion the {@code os.version} system property, for diagnostics only
 * @param variables environment variables (only the ones above are read)
 */
public record Environment(String osName, String osVersion, Map<String, String> variables) {

    /** The operating system families that have different idle sources. */
    public enum Os { WINDOWS, MAC, UNIX }

    /** The kind of graphical session on Unix. */
    public enum Session { WAYLAND, X11, NONE }

    public Environment {
        osName = osName == null ? "" : osName;
        osVersion = osVersion == null ? "" : osVersion;
        variables = Map.copyOf(variables);
    }

    /** The running JVM's operating system and environment. */
    public static Environment current() {
        return new Environment(System.getProperty("os.name"), System.getProperty("os.version"), System.getenv());
    }

    /** An environment for tests: an {@code os.name} and a few variables. */
    public static Environment of(String osName, Map<String, String> variables) {
        return new Environment(osName, "", variables);
    }

    /** The operating system family from {@code os.name}. */
    public Os os() {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return Os.WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return Os.MAC;
        }
        return Os.UNIX;
    }

    /** A variable's value when set and not blank. */
    public Optional<String> get(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * The Unix session kind: {@code XDG_SESSION_TYPE} when it says wayland or x11, otherwise
     * Wayland when {@code WAYLAND_DISPLAY} is set, X11 when {@code DISPLAY} is set, else none.
     * Always {@link Session#NONE} on Windows and macOS.
     */
    public Session session() {
        if (os() != Os.UNIX) {
            return Session.NONE;
        }
        String type = get("XDG_SESSION_TYPE").orElse("").toLowerCase(Locale.ROOT);
        if (type.equals("wayland")) {
            return Session.WAYLAND;
        }
        if (type.equals("x11")) {
            return Session.X11;
        }
        if (get("WAYLAND_DISPLAY").isPresent()) {
            return Session.WAYLAND;
        }
        return get("DISPLAY").isPresent() ? Session.X11 : Session.NONE;
    }

    /** Whether {@code XDG_CURRENT_DESKTOP} (a colon-separated list) names the given desktop. */
    public boolean desktopIs(String desktop) {
        for (String part : get("XDG_CURRENT_DESKTOP").orElse("").split(":")) {
            if (part.trim().equalsIgnoreCase(desktop)) {
                return true;
            }
        }
        return false;
    }

    /** A one-line description of the session for diagnostics. */
    public String describeSession() {
        if (os() != Os.UNIX) {
            return "native (" + osName + ")";
        }
        return session().name().toLowerCase(Locale.ROOT)
                + " (XDG_SESSION_TYPE=" + get("XDG_SESSION_TYPE").orElse("unset")
                + ", WAYLAND_DISPLAY=" + get("WAYLAND_DISPLAY").orElse("unset")
                + ", DISPLAY=" + get("DISPLAY").orElse("unset")
                + ", XDG_CURRENT_DESKTOP=" + get("XDG_CURRENT_DESKTOP").orElse("unset") + ")";
    }
}
