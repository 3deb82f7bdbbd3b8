package dev.unhunch.platform.idle;

import dev.unhunch.core.activity.IdleSourceUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The idle-related lines {@code unhunch --diagnose} prints and About shows: operating system,
 * session, chosen idle source and why others were passed over, whether it sees the keyboard, the
 * sleep signal, and the current idle time. Building the lines reads the idle source once; printing
 * them is the caller's job.
 */
public final class IdleDiagnostics {

    private IdleDiagnostics() {
    }

    /** The lines for a source chosen by {@link IdleSources#best(Environment)}. */
    public static List<String> lines(Environment env, FailoverIdleSource source) {
        return lines(env, source, null);
    }

    /** The lines, including the sleep signal when one was opened (may be null). */
    public static List<String> lines(Environment env, FailoverIdleSource source, SleepSignal sleep) {
        List<String> lines = new ArrayList<>();
        lines.add("OS: " + (env.osName() + " " + env.osVersion()).trim());
        lines.add("Session: " + env.describeSession());
        lines.add("Idle source: " + source.name());
        lines.add("Sees keyboard: " + (source.seesKeyboard() ? "yes" : "no"));
        for (String attempt : source.attempts()) {
            lines.add("Not used: " + attempt);
        }
        if (sleep != null) {
            lines.add("Sleep signal: " + sleep.describe());
        }
        lines.add("Idle time: " + idleText(source));
        return List.copyOf(lines);
    }

    private static String idleText(FailoverIdleSource source) {
        try {
            return format(source.idleTime());
        } catch (IdleSourceUnavailableException e) {
            return "unavailable (" + FailoverIdleSource.reason(e) + ")";
        }
    }

    /** Seconds with millisecond precision, such as {@code 12.345 s}. */
    static String format(Duration idle) {
        return String.format(Locale.ROOT, "%d.%03d s", idle.toSeconds(), idle.toMillisPart());
    }
}
