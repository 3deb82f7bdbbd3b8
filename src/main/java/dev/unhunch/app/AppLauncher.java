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
import java.util.concurrent.CountDownLatch;

/**
 * The start path of {@code unhunch} without a command, all on the main thread: hand over to a
 * running instance if one answers, make Xlib thread-safe, check the display, take the
 * single-instance lock, start answering the command line (on its own thread, so that a second
 * start or {@code quit} is answered while this one is still starting), then start the app. A
 * start that fails in any way, an {@link Error} included, says why and exits non-zero, releasing
 * the lock and the socket: never a process that holds the lock and does nothing. See
 * docs/architecture.md, "Start".
 */
final class AppLauncher {

    /** Returned when the app is up and runs on until quit. */
    static final int RUNNING = -1;

    private static final Log LOG = Log.of(AppLauncher.class);
    /** How long to wait for an instance that holds the lock but is still starting. */
    private static final Duration STARTING_GRACE = Duration.ofSeconds(5);

    private AppLauncher() {
    }

    /**
     * Starts the app on the calling (main) thread; returns {@link #RUNNING} once it runs, or the
     * exit code when it does not start or another instance took the request.
     */
    static int start(LaunchCommand command, AppDirectories dirs, PrintWriter out, PrintWriter err) {
        Path runtime = dirs.runtime();
        if (askRunningToShow(runtime, out)) {
            return ExitCodes.OK;
        }

        setSystemPropertiesBeforeAwt();
        // Before any X connection: GTK, AWT and the idle alarm each open one on their own thread.
        X11Display.initThreads();
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
        try {
            startHoldingTheLock(command, dirs, instance);
            return RUNNING;
        } catch (Throwable e) { // an Error too: whatever it was, the lock must not stay held by a husk
            return failedStart(e, instance, err);
        }
    }

    private static void startHoldingTheLock(LaunchCommand command, AppDirectories dirs, SingleInstance instance)
            throws InterruptedException {
        Path logFile = Logging.configure(dirs.state());
        DisplayLoss.install(SingleInstance.socketPath(instance.directory())); // a lost X server: log, no stale socket, exit 1
        // No --theme: the app follows the 'theme' setting once it has read the settings file.
        Boolean dark = command.theme() == null ? null : switch (command.theme()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> SystemTheme.prefersDark();
        };
        UnhunchApp app = new UnhunchApp(new UnhunchApp.StartOptions(dark, TrayKind.valueOf(command.tray().name()), logFile),
                AppExit::exit);
        try {
            // Before the UI, so a second start or a quit during our (slower) UI start-up is answered.
            IpcServer server = instance.serve(new ControlDispatcher(new RunningAppControl(app, instance.directory(),
                    ZoneId.systemDefault())), IpcServer.DEFAULT_READ_TIMEOUT);
            app.onSnapshot(new StatusFeed(server::publish, ZoneId.systemDefault())); // status --follow

        } catch (IOException | RuntimeException e) {
            LOG.warn("Commands from the command line will not work: cannot listen on "
                    + SingleInstance.socketPath(instance.directory()) + ": " + e);
        }
        app.start();
    }

    /** Parks the calling thread until the process ends (quit calls System.exit). */
    static void awaitExit() {
        while (true) {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                // nobody interrupts the main thread on purpose; keep waiting
            }
        }
    }

    /** Says why the start failed, releases the lock and the socket, and ends the process. */
    private static int failedStart(Throwable e, SingleInstance instance, PrintWriter err) {
        try {
            LOG.error("Start-up failed", e);
            err.println("unhunch: could not start: " + e);
            err.flush();
        } catch (Throwable ignored) { // e.g. out of memory: the exit below matters more
        }
        instance.close();
        // The tray's or AWT's threads may be alive, and half-started: exit, with a halt behind it.
        AppExit.exit(ExitCodes.REFUSED);
        return ExitCodes.REFUSED;
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
