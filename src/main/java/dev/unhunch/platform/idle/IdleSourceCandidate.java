package dev.unhunch.platform.idle;

import dev.unhunch.core.activity.IdleSource;
import java.util.Objects;

/**
 * One idle source the factory may try: what it is, and how to open it. Opening may fail with any
 * exception or linkage error; the failover then tries the next candidate.
 *
 * @param kind which source this is
 * @param opener opens it (lazily: nothing native is loaded before {@link Opener#open()} runs)
 */
public record IdleSourceCandidate(Kind kind, Opener opener) {

    /** The idle sources Unhunch knows, best first within each platform. */
    public enum Kind {
        X11_SYNC_IDLETIME("X11 SYNC IDLETIME counter"),
        WINDOWS_LAST_INPUT("Windows GetLastInputInfo"),
        MAC_CG_EVENT_SOURCE("macOS CGEventSource"),
        GNOME_MUTTER("GNOME Mutter IdleMonitor (D-Bus)"),
        FREEDESKTOP_SCREENSAVER("org.freedesktop.ScreenSaver (D-Bus)"),
        POINTER("Pointer position polling");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** A short label for diagnostics. */
        public String label() {
            return label;
        }
    }

    /** Opens a source. */
    @FunctionalInterface
    public interface Opener {
        IdleSource open() throws Exception;
    }

    public IdleSourceCandidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(opener, "opener");
    }
}
