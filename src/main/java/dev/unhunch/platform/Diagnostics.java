package dev.unhunch.platform;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Facts about the machine and session that can be known without a display or a running app:
 * what {@code unhunch --diagnose} prints, and the base the running app adds its own facts to.
 * Keys are part of the documented {@code --json} shape (docs/cli.md).
 */
public final class Diagnostics {

    private Diagnostics() {
    }

    /** The local facts, from the real system properties and environment. */
    public static Map<String, Object> local(Path runtimeDir) {
        return local(System.getProperties(), System.getenv(), runtimeDir);
    }

    /** The local facts from the given properties and environment (tests pass their own). */
    public static Map<String, Object> local(java.util.Properties props, Map<String, String> env, Path runtimeDir) {
        Map<String, Object> facts = new LinkedHashMap<>();
        String osName = props.getProperty("os.name", "unknown");
        facts.put("os", osName + " " + props.getProperty("os.version", "") + " (" + props.getProperty("os.arch", "?") + ")");
        facts.put("java", props.getProperty("java.version", "?") + " (" + props.getProperty("java.vm.name", "?") + ")");
        facts.put("sessionType", sessionType(osName, env));
        facts.put("desktop", env.getOrDefault("XDG_CURRENT_DESKTOP", "unknown"));
        facts.put("display", env.getOrDefault("DISPLAY", "not set"));
        facts.put("waylandDisplay", env.getOrDefault("WAYLAND_DISPLAY", "not set"));
        facts.put("runtimeDir", String.valueOf(runtimeDir));
        return facts;
    }

    /** {@code x11}, {@code wayland}, {@code tty}, {@code windows}, {@code macos} or {@code none}. */
    static String sessionType(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "windows";
        }
        if (os.startsWith("mac")) {
            return "macos";
        }
        String declared = env.get("XDG_SESSION_TYPE");
        if (declared != null && !declared.isBlank()) {
            return declared.toLowerCase(Locale.ROOT);
        }
        if (notBlank(env.get("WAYLAND_DISPLAY"))) {
            return "wayland";
        }
        if (notBlank(env.get("DISPLAY"))) {
            return "x11";
        }
        return "none";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
