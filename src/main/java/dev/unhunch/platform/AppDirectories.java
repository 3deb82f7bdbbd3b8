package dev.unhunch.platform;

import dev.unhunch.platform.ipc.RuntimeDirectory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Unhunch keeps its files on each operating system.
 *
 * <p>Linux follows the XDG base directory specification: settings under {@code
 * $XDG_CONFIG_HOME/unhunch}, history and logs under {@code $XDG_STATE_HOME/unhunch}, the
 * single-instance socket under {@code $XDG_RUNTIME_DIR/unhunch}. Windows uses {@code
 * %APPDATA%\Unhunch} and {@code %LOCALAPPDATA%\Unhunch}; macOS uses {@code ~/Library/Application
 * Support/Unhunch}. The environment and home directory are passed in so tests can point them at a
 * temporary folder.
 */
public record AppDirectories(Path config, Path state, Path runtime) {

    private static final String LINUX_NAME = "unhunch";
    private static final String DESKTOP_NAME = "Unhunch";

    /**
     * Directories for the running user, from the real environment; the runtime directory only
     * when it can be trusted ({@link RuntimeDirectory}), else a private one in the state directory.
     */
    public static AppDirectories forCurrentUser() {
        // $HOME wins over user.home (which comes from the password database) as it does for
        // every other XDG program, so a test or a sandbox can point it elsewhere.
        String home = System.getenv("HOME");
        Path homeDir = home != null && !home.isBlank() && Path.of(home).isAbsolute()
                ? Path.of(home) : Path.of(System.getProperty("user.home"));
        AppDirectories dirs = resolve(System.getProperty("os.name", ""), System.getenv(), homeDir);
        Path runtime = RuntimeDirectory.choose(dirs.runtime(), dirs.state().resolve("run")).path();
        return new AppDirectories(dirs.config(), dirs.state(), runtime);
    }

    /** Directories for the given operating system name, environment and home directory. */
    public static AppDirectories resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = envPath(env, "APPDATA", home.resolve("AppData/Roaming"));
            Path local = envPath(env, "LOCALAPPDATA", home.resolve("AppData/Local"));
            return new AppDirectories(roaming.resolve(DESKTOP_NAME), local.resolve(DESKTOP_NAME),
                    local.resolve(DESKTOP_NAME));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library/Application Support").resolve(DESKTOP_NAME);
            return new AppDirectories(support, support, support);
        }
        Path config = envPath(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(LINUX_NAME);
        Path state = envPath(env, "XDG_STATE_HOME", home.resolve(".local/state")).resolve(LINUX_NAME);
        Path runtime = env.containsKey("XDG_RUNTIME_DIR") && !env.get("XDG_RUNTIME_DIR").isBlank()
                ? Path.of(env.get("XDG_RUNTIME_DIR")).resolve(LINUX_NAME)
                : state;
        return new AppDirectories(config, state, runtime);
    }

    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The XDG spec says relative paths in these variables are invalid and must be ignored.
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}
