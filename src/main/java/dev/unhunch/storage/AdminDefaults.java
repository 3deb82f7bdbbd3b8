package dev.unhunch.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The administrator's defaults file, a {@code .properties} file like the user's, read-only for
 * users. Its values replace the built-in defaults; its {@code locked} key lists settings users
 * cannot change, e.g. {@code locked = micro.interval, strict}.
 */
public final class AdminDefaults {

    private AdminDefaults() {
    }

    /**
     * Where the file is: {@code /etc/xdg/unhunch/defaults.properties} on Linux,
     * {@code %ProgramData%\Unhunch\defaults.properties} on Windows and
     * {@code /Library/Application Support/Unhunch/defaults.properties} on macOS.
     */
    public static Path location(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String programData = env.getOrDefault("ProgramData", env.getOrDefault("PROGRAMDATA", "C:\\ProgramData"));
            return Path.of(programData, "Unhunch", "defaults.properties");
        }
        if (os.startsWith("mac")) {
            return Path.of("/Library/Application Support/Unhunch/defaults.properties");
        }
        return Path.of("/etc/xdg/unhunch/defaults.properties");
    }
}
