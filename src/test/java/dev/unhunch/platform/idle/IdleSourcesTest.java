package dev.unhunch.platform.idle;

import static dev.unhunch.platform.idle.IdleSourceCandidate.Kind.FREEDESKTOP_SCREENSAVER;
import static dev.unhunch.platform.idle.IdleSourceCandidate.Kind.GNOME_MUTTER;
import static dev.unhunch.platform.idle.IdleSourceCandidate.Kind.MAC_CG_EVENT_SOURCE;
import static dev.unhunch.platform.idle.IdleSourceCandidate.Kind.POINTER;
import static dev.unhunch.platform.idle.IdleSourceCandidate.Kind.WINDOWS_LAST_INPUT;
import static dev.unhunch.platform.idle.IdleSourceCandidate.Kind.X11_SYNC_IDLETIME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.platform.idle.IdleSourceCandidate.Kind;
import dev.unhunch.platform.idle.IdleSourceCandidate.Opener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The factory's choice for fake environments, with fake openers instead of native libraries. */
class IdleSourcesTest {

    private static final Environment X11 = Environment.of("Linux", Map.of("XDG_SESSION_TYPE", "x11", "DISPLAY", ":0"));
    private static final Environment GNOME_WAYLAND = Environment.of("Linux", Map.of("XDG_SESSION_TYPE", "wayland",
            "WAYLAND_DISPLAY", "wayland-0", "DISPLAY", ":0", "XDG_CURRENT_DESKTOP", "ubuntu:GNOME"));
    private static final Environment KDE_WAYLAND = Environment.of("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0",
            "XDG_CURRENT_DESKTOP", "KDE"));
    private static final Environment WINDOWS = Environment.of("Windows 11", Map.of("DISPLAY", ":0"));
    private static final Environment MAC = Environment.of("Mac OS X", Map.of());
    private static final Environment NOTHING = Environment.of("Linux", Map.of());

    private final List<Kind> opened = new ArrayList<>();

    /** Openers that succeed for the given kinds and fail (as on a machine without them) for the rest. */
    private Function<Kind, Opener> available(Set<Kind> working) {
        return kind -> () -> {
            opened.add(kind);
            if (!working.contains(kind)) {
                throw new IdleSourceUnavailableException(kind + " not here");
            }
            return new FakeIdleSource(kind.label(), Duration.ofSeconds(kind.ordinal()));
        };
    }

    @Test
    void plansPerEnvironment() {
        assertThat(IdleSources.plan(X11)).containsExactly(X11_SYNC_IDLETIME, POINTER);
        assertThat(IdleSources.plan(GNOME_WAYLAND))
                .containsExactly(GNOME_MUTTER, FREEDESKTOP_SCREENSAVER, X11_SYNC_IDLETIME, POINTER);
        assertThat(IdleSources.plan(KDE_WAYLAND)).containsExactly(FREEDESKTOP_SCREENSAVER, GNOME_MUTTER, POINTER);
        assertThat(IdleSources.plan(WINDOWS)).containsExactly(WINDOWS_LAST_INPUT, POINTER);
        assertThat(IdleSources.plan(MAC)).containsExactly(MAC_CG_EVENT_SOURCE, POINTER);
        assertThat(IdleSources.plan(NOTHING)).containsExactly(POINTER);
    }

    @Test
    void x11PicksTheSyncIdletimeCounter() {
        FailoverIdleSource source = IdleSources.best(X11, available(EnumSet.allOf(Kind.class)));
        assertThat(source.currentKind()).contains(X11_SYNC_IDLETIME);
        assertThat(source.describe()).isEqualTo("X11 SYNC IDLETIME counter");
        assertThat(opened).containsExactly(X11_SYNC_IDLETIME);
    }

    @Test
    void gnomeWaylandPicksMutter() {
        FailoverIdleSource source = IdleSources.best(GNOME_WAYLAND, available(EnumSet.allOf(Kind.class)));
        assertThat(source.currentKind()).contains(GNOME_MUTTER);
    }

    @Test
    void kdeWaylandPicksTheScreenSaverInterfaceAndNeverTriesX11WithoutDisplay() {
        FailoverIdleSource source = IdleSources.best(KDE_WAYLAND, available(EnumSet.of(FREEDESKTOP_SCREENSAVER, X11_SYNC_IDLETIME)));
        assertThat(source.currentKind()).contains(FREEDESKTOP_SCREENSAVER);
        assertThat(opened).containsExactly(FREEDESKTOP_SCREENSAVER);
    }

    @Test
    void waylandWithoutDbusServicesFallsBackToXWayland() {
        FailoverIdleSource source = IdleSources.best(GNOME_WAYLAND, available(EnumSet.of(X11_SYNC_IDLETIME, POINTER)));
        assertThat(source.currentKind()).contains(X11_SYNC_IDLETIME);
        assertThat(opened).containsExactly(GNOME_MUTTER, FREEDESKTOP_SCREENSAVER, X11_SYNC_IDLETIME);
        assertThat(source.attempts()).containsExactly(
                "GNOME Mutter IdleMonitor (D-Bus): GNOME_MUTTER not here",
                "org.freedesktop.ScreenSaver (D-Bus): FREEDESKTOP_SCREENSAVER not here");
        assertThat(source.describe()).startsWith("X11 SYNC IDLETIME counter (not used: GNOME Mutter");
    }

    @Test
    void windowsAndMacPickTheirNativeSource() {
        assertThat(IdleSources.best(WINDOWS, available(EnumSet.allOf(Kind.class))).currentKind()).contains(WINDOWS_LAST_INPUT);
        assertThat(IdleSources.best(MAC, available(EnumSet.allOf(Kind.class))).currentKind()).contains(MAC_CG_EVENT_SOURCE);
    }

    @Test
    void nativeFailureFallsBackToThePointer() {
        FailoverIdleSource source = IdleSources.best(X11, available(EnumSet.of(POINTER)));
        assertThat(source.currentKind()).contains(POINTER);
        assertThat(source.attempts()).containsExactly("X11 SYNC IDLETIME counter: X11_SYNC_IDLETIME not here");
    }

    @Test
    void nothingAvailableAnswersZeroAndSaysSo() {
        FailoverIdleSource source = IdleSources.best(NOTHING, available(EnumSet.noneOf(Kind.class)));
        assertThat(source.currentKind()).isEmpty();
        assertThat(source.idleTime()).isZero();
        assertThat(source.seesKeyboard()).isFalse();
        assertThat(source.describe()).startsWith("none — no idle source could be opened");
    }

    @Test
    void linkageErrorsFromOpenersCountAsUnavailable() {
        Function<Kind, Opener> openers = kind -> kind == WINDOWS_LAST_INPUT
                ? () -> {
                    throw new UnsatisfiedLinkError("Unable to load library 'user32'");
                }
                : () -> new FakeIdleSource("pointer", Duration.ZERO);
        FailoverIdleSource source = IdleSources.best(WINDOWS, openers);
        assertThat(source.name()).isEqualTo("pointer");
        assertThat(source.attempts()).containsExactly("Windows GetLastInputInfo: Unable to load library 'user32'");
    }

    @Test
    void realOpenersOnThisLinuxMachineNeverPickAForeignSource() {
        // Windows and macOS libraries do not exist here: their openers must fail softly.
        FailoverIdleSource windows = IdleSources.best(Environment.of("Windows 10", Map.of()), () -> 0L);
        assertThat(windows.currentKind()).isNotEqualTo(java.util.Optional.of(WINDOWS_LAST_INPUT));
        assertThat(windows.attempts()).first().asString().startsWith("Windows GetLastInputInfo: ");
        FailoverIdleSource mac = IdleSources.best(Environment.of("Mac OS X", Map.of()), () -> 0L);
        assertThat(mac.attempts()).first().asString().startsWith("macOS CGEventSource: ");
        windows.close();
        mac.close();
    }
}
