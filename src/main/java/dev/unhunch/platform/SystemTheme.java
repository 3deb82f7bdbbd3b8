package dev.unhunch.platform;

import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Tells whether the desktop prefers a dark theme. Answers false when it cannot tell; each probe
 * is bounded so that start-up never waits long for it.
 */
public final class SystemTheme {

    private static final Log LOG = Log.of(SystemTheme.class);
    private static final long PROBE_TIMEOUT_MS = 400;

    private SystemTheme() {
    }

    /** True when the desktop asks applications for a dark look. */
    public static boolean prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), System.getenv());
    }

    static boolean prefersDark(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (gtkTheme.toLowerCase(Locale.ROOT).contains("dark")) {
            return true;
        }
        if (os.startsWith("mac")) {
            return probe("defaults", "read", "-g", "AppleInterfaceStyle").toLowerCase(Locale.ROOT).contains("dark");
        }
        if (os.startsWith("windows")) {
            return probe("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme").contains("0x0");
        }
        return probe("gsettings", "get", "org.gnome.desktop.interface", "color-scheme").contains("prefer-dark");
    }

    private static String probe(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(PROBE_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.debug(() -> "Theme probe " + command[0] + " not available: " + e.getMessage());
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
