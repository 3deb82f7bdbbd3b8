package dev.unhunch.app;

import dev.unhunch.cli.ExitCodes;
import dev.unhunch.cli.LaunchCommand;
import dev.unhunch.core.log.Log;
import dev.unhunch.platform.AppDirectories;
import dev.unhunch.platform.SystemTheme;
import dev.unhunch.platform.X11Display;
import dev.unhunch.platform.ipc.IpcClient;
import dev.unhunch.platform.ipc.IpcCommands;
import dev.unhunch.platform.ipc.IpcReply;
import dev.unhunch.platform.ipc.IpcRequest;
import dev.unhunch.platform.ipc.IpcServer;
import dev.unhunch.platform.ipc.SingleInstance;
import dev.unhunch.ui.tray.TrayKind;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The start path of {@code unhunch} without a command: hand over to a running instance if one
 * answers, otherwise check the display, take the single-instance lock, start the command server
 * and the UI. The only class on the way from {@code Main} that touches AWT.
 */
final class AppLauncher {

    /** Returned when the app is up and the JVM must keep running. */
    static final int KEEP_RUNNING = -1;

    private static final Log LOG = Log.of(AppLauncher.class);
    /** How long to wait for an instance that holds the lock but is still starting. */
    private static final Duration STARTING_GRACE = Duration.ofSeconds(5);

    private AppLauncher() {
    }

    static int start(LaunchCommand command, AppDirectories dirs, PrintWriter out, PrintWriter err) {
        Path runtime = dirs.runtime();
        if (askRunningToShow(runtime, out)) {
            return ExitCodes.OK;
        }

        setSystemPropertiesBeforeAwt();
        String displayProblem = displayProblem();
        if (displayProblem != null) {
            err.println("unhunch: no graphical display available (" + displayProblem + ").");
            err.println("Unhunch is a desktop app: start it inside a desktop session, or set DISPLAY.");
            return ExitCodes.NO_DISPLAY;
        }

        SingleInstance instance;
        try {
            Optional<SingleInstance> owned = SingleInstance.tryAcquire(runtime);
            if (owned.isEmpty()) {
                return waitForOther(runtime, out, err);
            }
            instance = owned.get();
        } catch (IOException e) {
            err.println("unhunch: cannot use the runtime directory " + runtime + ": " + e);
            return ExitCodes.REFUSED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "unhunch-release-instance"));

        Path logFile = Logging.configure(dirs.state());
        // No --theme: the app follows the 'theme' setting once it has read the settings file.
        Boolean dark = command.theme() == null ? null : switch (command.theme()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> SystemTheme.prefersDark();
        };
        UnhunchApp app = new UnhunchApp(new UnhunchApp.StartOptions(dark, TrayKind.valueOf(command.tray().name()), logFile),
                System::exit);
        IpcServer commands;
        try {
            // Before the UI, so a second start during our (slower) UI start-up finds us at once.
            commands = instance.listen(new ControlDispatcher(new RunningAppControl(app, runtime, ZoneId.systemDefault())),
                    IpcServer.DEFAULT_READ_TIMEOUT);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Commands from the command line will not work: cannot listen on "
                    + SingleInstance.socketPath(runtime) + ": " + e);
            commands = null;
        }
        if (commands == null) {
            return startApp(app, err) ? KEEP_RUNNING : ExitCodes.REFUSED;
        }
        // The app starts on a short-lived thread while this (main) thread answers the command line
        // from now until quit: one thread fewer all day than a server thread of its own.
        PrintWriter startErrors = err;
        Thread starter = new Thread(() -> {
            if (!startApp(app, startErrors)) {
                System.exit(ExitCodes.REFUSED);
            }
        }, "unhunch-start");
        // On X11 the main thread also runs the engine once the app has started (MainThreadEngine).
        MainThreadEngine engineHost = new MainThreadEngine(commands);
        app.offerEngineTo(engineHost);
        starter.start();
        engineHost.serveAndRun();
        return KEEP_RUNNING;
    }

    private static boolean startApp(UnhunchApp app, PrintWriter err) {
        try {
            app.start();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            err.println("unhunch: could not start: " + e);
            err.flush();
            LOG.error("Start-up failed", e);
            return false;
        }
    }

    /** True when a running instance answered and was asked to show itself. */
    private static boolean askRunningToShow(Path runtime, PrintWriter out) {
        try {
            IpcReply reply = new IpcClient(SingleInstance.socketPath(runtime), IpcClient.DEFAULT_TIMEOUT)
                    .send(IpcRequest.of(IpcCommands.SHOW));
            if (reply.ok()) {
                out.println(reply.message());
                out.flush();
                return true;
            }
            LOG.warn("The running Unhunch did not show itself: " + reply.message());
            return false;
        } catch (IOException e) {
            return false; // not running, or a stale socket: start
        }
    }

    /** Another live process holds the lock: it is starting, or it is stuck. */
    private static int waitForOther(Path runtime, PrintWriter out, PrintWriter err) {
        long deadline = System.nanoTime() + STARTING_GRACE.toNanos();
        while (System.nanoTime() < deadline) {
            if (askRunningToShow(runtime, out)) {
                return ExitCodes.OK;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        OptionalLong pid = SingleInstance.ownerPid(runtime);
        err.println("unhunch: another Unhunch" + (pid.isPresent() ? " (PID " + pid.getAsLong() + ")" : "")
                + " holds the lock in " + runtime + " but does not answer; quit or end that process first.");
        return ExitCodes.REFUSED;
    }

    private static void setSystemPropertiesBeforeAwt() {
        System.setProperty("awt.useSystemAAFontSettings", System.getProperty("awt.useSystemAAFontSettings", "on"));
        System.setProperty("swing.aatext", "true");
        // FlatLaf: use the window decorations of the desktop; our windows are small and plain.
        System.setProperty("flatlaf.useWindowDecorations", "false");
    }

    /** Null when a display answers, else a short reason. */
    private static String displayProblem() {
        if (GraphicsEnvironment.isHeadless()) {
            return "the Java runtime is headless; DISPLAY is " + (System.getenv("DISPLAY") == null ? "not set" : "'" + System.getenv("DISPLAY") + "'");
        }
        // Xlib answers without starting AWT's toolkit, which the tray may never need
        Optional<Boolean> x11 = X11Display.answers();
        if (x11.isPresent()) {
            return x11.get() ? null : "cannot connect to the X server at DISPLAY '" + System.getenv("DISPLAY") + "'";
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return null;
        } catch (AWTError | InternalError | java.awt.HeadlessException e) {
            return e.getMessage();
        }
    }
}
