package dev.unhunch.app;

import dev.unhunch.cli.LaunchCommand;
import dev.unhunch.platform.AppDirectories;
import dev.unhunch.platform.SystemTheme;
import dev.unhunch.ui.tray.TrayKind;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Entry point: parses the command line, checks for a display, then starts the app on the EDT. */
public final class Main {

    /** Exit codes, also listed in {@code --help}. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_NO_DISPLAY = 3;
    private static final int KEEP_RUNNING = -1;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != KEEP_RUNNING) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        LaunchCommand command = new LaunchCommand();
        CommandLine commandLine = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("unhunch: " + e.getMessage());
            err.println("Try 'unhunch --help' for the list of options.");
            return EXIT_USAGE;
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            return EXIT_OK;
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(out);
            return EXIT_OK;
        }

        setSystemPropertiesBeforeAwt();
        String displayProblem = displayProblem();
        if (displayProblem != null) {
            err.println("unhunch: no graphical display available (" + displayProblem + ").");
            err.println("Unhunch is a desktop app: start it inside a desktop session, or set DISPLAY.");
            return EXIT_NO_DISPLAY;
        }

        AppDirectories dirs = AppDirectories.forCurrentUser();
        Path logFile = Logging.configure(dirs.state());
        boolean dark = switch (command.theme()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> SystemTheme.prefersDark();
        };
        UnhunchApp app = new UnhunchApp(new UnhunchApp.StartOptions(dark, TrayKind.valueOf(command.tray().name()), logFile),
                System::exit);
        try {
            app.start();
        } catch (InvocationTargetException e) {
            err.println("unhunch: could not start: " + e.getCause());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return KEEP_RUNNING;
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
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return null;
        } catch (AWTError | InternalError | java.awt.HeadlessException e) {
            return e.getMessage();
        }
    }
}
