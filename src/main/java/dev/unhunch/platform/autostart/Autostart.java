package dev.unhunch.platform.autostart;

import dev.unhunch.platform.AppDirectories;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starting Unhunch with the desktop session: a toggle that really installs or removes the
 * operating system's per-user entry.
 *
 * <ul>
 *   <li>Linux and other XDG desktops: {@code $XDG_CONFIG_HOME/autostart/unhunch.desktop}
 *       ({@link XdgAutostart});</li>
 *   <li>Windows: the value {@code Unhunch} under
 *       {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Run} ({@link WindowsRunAutostart});</li>
 *   <li>macOS: {@code ~/Library/LaunchAgents/dev.unhunch.plist} ({@link LaunchAgentAutostart}).</li>
 * </ul>
 */
public interface Autostart {

    /** Whether our entry is installed and enabled. */
    boolean isEnabled() throws IOException;

    /**
     * Installs (or updates) the entry so that the desktop runs {@code command} at login.
     *
     * @param command the launcher and its arguments, e.g. {@code ["/opt/unhunch/bin/Unhunch"]}
     */
    void enable(List<String> command) throws IOException;

    /** Removes the entry; does nothing when there is none. */
    void disable() throws IOException;

    /** {@link #enable} or {@link #disable}, to follow a settings toggle. */
    default void set(boolean on, List<String> command) throws IOException {
        if (on) {
            enable(command);
        } else {
            disable();
        }
    }

    /** The right kind for the running user and operating system. */
    static Autostart forCurrentUser() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new WindowsRunAutostart(new JnaRegistry());
        }
        AppDirectories dirs = AppDirectories.forCurrentUser();
        if (os.startsWith("mac")) {
            // config is ~/Library/Application Support/Unhunch: go up to ~/Library
            return new LaunchAgentAutostart(dirs.config().getParent().getParent().resolve("LaunchAgents"));
        }
        return new XdgAutostart(dirs.config().getParent().resolve("autostart"));
    }

    /** The XDG autostart directory for an environment and home, for tests and tools. */
    static Path xdgAutostartDir(Map<String, String> env, Path home) {
        return AppDirectories.resolve("Linux", env, home).config().getParent().resolve("autostart");
    }

    /** The command must not be empty. */
    static List<String> checked(List<String> command) {
        if (command == null || command.isEmpty() || command.get(0).isBlank()) {
            throw new IllegalArgumentException("the autostart command needs at least the launcher");
        }
        return List.copyOf(command);
    }
}
