package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unhunch.core.breaks.Interruption;
import dev.unhunch.platform.idle.Environment;
import dev.unhunch.testsupport.Processes;
import dev.unhunch.testsupport.Tools;
import dev.unhunch.testsupport.Waits;
import dev.unhunch.testsupport.Xvfb;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The full-screen check on a real X server of its own with a real EWMH window manager (openbox):
 * a window put into {@code _NET_WM_STATE_FULLSCREEN} and focused defers the break; once another
 * window has the focus it does not.
 */
class FullScreenCheckTest {

    private final List<Process> started = new ArrayList<>();
    private Xvfb xvfb;

    @AfterEach
    void stop() {
        started.forEach(Processes::stop);
        if (xvfb != null) {
            xvfb.close();
        }
    }

    private Process start(String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", xvfb.display());
        // no session bus: without this, a tool could start one of its own through X11 autolaunch and wait on it
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", "disabled:");
        Process p = builder.start();
        started.add(p);
        return p;
    }

    private void wmctrl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("wmctrl"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", xvfb.display());
        Process p = builder.start();
        assertThat(p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0)
                .as("wmctrl " + String.join(" ", args)).isTrue();
    }

    private boolean holds(FullScreenCheck check) {
        try {
            return check.holds();
        } catch (InterruptionCheck.CheckFailedException e) {
            return false;
        }
    }

    @Test
    void aFocusedFullScreenWindowDefersTheBreakAndAnUnfocusedOneDoesNot() throws Exception {
        Tools.require("openbox", "openbox");
        Tools.require("wmctrl", "wmctrl");
        Tools.require("xmessage", "x11-utils");
        Tools.require("xprop", "x11-utils");
        xvfb = Xvfb.start();
        BoundedCommand onThisDisplay = new BoundedCommand(Map.of("DISPLAY", xvfb.display()), BoundedCommand.TIMEOUT);
        FullScreenCheck check = new FullScreenCheck(onThisDisplay, null);
        assertThat(check.availability()).startsWith("unavailable");
        start("openbox", "--sm-disable");
        Waits.until("openbox managing the screen", 10_000, () -> check.availability().startsWith("available"));

        start("xmessage", "-title", "slides", "Slide 1 of 12");
        Waits.until("the slides window", 10_000, () -> xvfb.windowShown("^slides$"));
        wmctrl("-a", "slides");
        assertThat(check.holds()).isFalse();

        wmctrl("-r", "slides", "-b", "add,fullscreen");
        Waits.until("the focused window full screen", 10_000, () -> holds(check));

        // the same check through the engine: the due break waits for the presentation
        InterruptionChecks checks = new InterruptionChecks(List.of(check));
        EngineDriver driver = new EngineDriver(EngineDriver.onlyCheck(Interruption.FULL_SCREEN), checks);
        driver.active(Duration.ofSeconds(50));
        assertThat(driver.events).containsExactly("DEFERRED full-screen");

        start("xmessage", "-title", "chat", "Another window");
        Waits.until("the chat window", 10_000, () -> xvfb.windowShown("^chat$"));
        wmctrl("-a", "chat");
        Waits.until("the focus away from the full-screen window", 10_000, () -> !holds(check));
    }

    @Test
    void xpropsAnswersAreRead() {
        assertThat(FullScreenCheck.activeWindow("_NET_ACTIVE_WINDOW(WINDOW): window id # 0x1400003")).isEqualTo("0x1400003");
        assertThat(FullScreenCheck.activeWindow("_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0")).isNull();
        assertThat(FullScreenCheck.activeWindow("_NET_ACTIVE_WINDOW:  not found.")).isNull();
        assertThat(FullScreenCheck.fullScreen("_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_FOCUSED")).isTrue();
        assertThat(FullScreenCheck.fullScreen("_NET_WM_STATE(ATOM) = _NET_WM_STATE_MAXIMIZED_VERT")).isFalse();
        assertThat(FullScreenCheck.fullScreen("_NET_WM_STATE:  not found.")).isFalse();
    }

    @Test
    void onWaylandTheCheckSaysItIsUnavailable() {
        Environment wayland = Environment.of("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0", "XDG_SESSION_TYPE", "wayland",
                "DISPLAY", ":0"));
        String why = InterruptionChecks.fullScreenUnavailable(wayland);
        assertThat(why).startsWith("Wayland");
        FullScreenCheck check = new FullScreenCheck(new BoundedCommand(Map.of(), BoundedCommand.TIMEOUT), why);
        assertThat(check.availability()).startsWith("unavailable (Wayland");
        assertThatThrownBy(check::holds).isInstanceOf(InterruptionCheck.CheckFailedException.class);
    }
}
