package dev.unhunch.app;

import dev.unhunch.cli.ControlClient;
import dev.unhunch.cli.ControlCommands;
import dev.unhunch.cli.ExitCodes;
import dev.unhunch.cli.LaunchCommand;
import dev.unhunch.platform.AppDirectories;
import dev.unhunch.platform.ipc.IpcClient;
import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Entry point. Commands ({@code unhunch status}, {@code snooze}...) and {@code --diagnose} are
 * sent to the running app without loading AWT; without a command the app starts through
 * {@link AppLauncher}, or the running one is asked to show itself.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                AppDirectories::forCurrentUser);
        if (code == AppLauncher.RUNNING) {
            // The app's own threads are daemons (the tray's are not ours to choose): the main
            // thread keeps the process alive until quit ends it with System.exit.
            AppLauncher.awaitExit();
        }
        System.exit(code);
    }

    /** Runs the command line; returns the exit code, or {@link AppLauncher#RUNNING}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<AppDirectories> dirs) {
        LaunchCommand command = new LaunchCommand();
        if (args.length == 0) {
            // The menu entry and autostart start it like this: picocli would build its whole
            // command model (reflection over every subcommand) only to find nothing to parse.
            return AppLauncher.start(command, dirs.get(), out, err);
        }
        CommandLine commandLine = LaunchCommand.commandLine(command);
        commandLine.setOut(out);
        commandLine.setErr(err);
        CommandLine.ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            String name = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println(name + ": " + e.getMessage());
            err.println("Try '" + name + " --help' for the list of commands and options.");
            err.flush();
            return ExitCodes.USAGE;
        }
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            out.flush();
            return help;
        }
        if (parsed.subcommand() != null) {
            Object sub = parsed.subcommand().commandSpec().userObject();
            return client(dirs, out, err).run((ControlCommands.ControlCommand) sub);
        }
        if (command.diagnose()) {
            return client(dirs, out, err).diagnose(command.json());
        }
        if (command.json()) {
            err.println("unhunch: --json goes with --diagnose or a command, e.g. 'unhunch status --json'.");
            err.println("Try 'unhunch --help' for the list of commands and options.");
            err.flush();
            return ExitCodes.USAGE;
        }
        return AppLauncher.start(command, dirs.get(), out, err);
    }

    private static ControlClient client(Supplier<AppDirectories> dirs, PrintWriter out, PrintWriter err) {
        return new ControlClient(dirs.get().runtime(), IpcClient.DEFAULT_TIMEOUT, out, err);
    }
}
