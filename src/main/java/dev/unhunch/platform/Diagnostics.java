package dev.unhunch.platform;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.platform.idle.Environment;
import dev.unhunch.platform.idle.FailoverIdleSource;
import dev.unhunch.platform.idle.IdleSourceCandidate;
import dev.unhunch.platform.idle.IdleSources;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The facts {@code unhunch --diagnose} prints, as an ordered map whose keys are part of the
 * documented {@code --json} shape (docs/cli.md). {@link #local} needs no display and loads nothing
 * native, so it also works when the app is not running; {@link #idle} adds what a live idle
 * source says.
 */
public final class Diagnostics {

    private Diagnostics() {
    }

    /** The local facts from the real system properties and environment. */
    public static Map<String, Object> local(Path runtimeDir) {
        return local(Environment.current(), System.getProperties(), runtimeDir);
    }

    /** The local facts for the given environment and properties (tests pass their own). */
    public static Map<String, Object> local(Environment env, Properties props, Path runtimeDir) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("os", (env.osName() + " " + env.osVersion()).strip() + " (" + props.getProperty("os.arch", "?") + ")");
        facts.put("java", props.getProperty("java.version", "?") + " (" + props.getProperty("java.vm.name", "?") + ")");
        facts.put("sessionType", sessionType(env));
        facts.put("session", env.describeSession());
        facts.put("desktop", env.get("XDG_CURRENT_DESKTOP").orElse("unknown"));
        facts.put("display", env.get("DISPLAY").orElse("not set"));
        facts.put("waylandDisplay", env.get("WAYLAND_DISPLAY").orElse("not set"));
        facts.put("runtimeDir", String.valueOf(runtimeDir));
        facts.put("idleSourcePlan", IdleSources.plan(env).stream().map(IdleSourceCandidate.Kind::label).toList());
        return facts;
    }

    /** What the idle source in use says: its name, whether it sees the keyboard, the idle time now. */
    public static Map<String, Object> idle(IdleSource source) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("idleSource", source.name());
        facts.put("idleSourceSeesKeyboard", source.seesKeyboard());
        if (source instanceof FailoverIdleSource failover) {
            facts.put("idleSourcesNotUsed", failover.attempts());
        }
        try {
            Duration idle = source.idleTime();
            facts.put("idleTime", String.format(Locale.ROOT, "%d.%03d s", idle.toSeconds(), idle.toMillisPart()));
            facts.put("idleTimeMillis", idle.toMillis());
        } catch (RuntimeException e) {
            facts.put("idleTime", "unavailable (" + e.getMessage() + ")");
        }
        return facts;
    }

    /** {@code x11}, {@code wayland}, {@code none}, {@code windows} or {@code macos}. */
    static String sessionType(Environment env) {
        return switch (env.os()) {
            case WINDOWS -> "windows";
            case MAC -> "macos";
            case UNIX -> env.session().name().toLowerCase(Locale.ROOT);
        };
    }

}
