package dev.unhunch.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code unhunch} command line. Without a command it starts the app (or, when one is
 * running, asks it to show its status window); the subcommands in {@link ControlCommands} talk
 * to the running app over the local socket.
 *
 * <p>picocli parses it; {@code Main} reacts to help, version and usage errors.
 */
@Command(name = "unhunch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Reminds you to stretch after real keyboard and mouse activity.",
            "Without a command: start Unhunch, or show the status window of the one already running."},
        sortOptions = false,
        subcommands = {
            ControlCommands.Status.class,
            ControlCommands.Break.class,
            ControlCommands.Stretch.class,
            ControlCommands.Snooze.class,
            ControlCommands.Skip.class,
            ControlCommands.Pause.class,
            ControlCommands.Resume.class,
            ControlCommands.Settings.class,
            ControlCommands.Stats.class,
            ControlCommands.Quit.class},
        footerHeading = "%nDurations:%n",
        footer = "  90s, 10m, 1h30m (hours, minutes, seconds in that order).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_REFUSED, ExitCodes.HELP_USAGE,
            ExitCodes.HELP_NO_DISPLAY, ExitCodes.HELP_NOT_RUNNING})
public class LaunchCommand {

    /** How the tray icon is shown. */
    public enum TrayChoice { AUTO, SWING, AWT, GTK, APPINDICATOR, WINDOW }

    /** The colour theme. */
    public enum ThemeChoice { SYSTEM, LIGHT, DARK }

    @Option(names = "--theme", paramLabel = "THEME",
            description = "Colour theme: ${COMPLETION-CANDIDATES} (default: the 'theme' setting, "
                    + "which follows the system).")
    ThemeChoice theme;

    @Option(names = "--tray", paramLabel = "TYPE",
            description = "Tray implementation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "WINDOW shows a small status window instead of a tray icon.")
    TrayChoice tray = TrayChoice.AUTO;

    @Option(names = "--diagnose",
            description = "Print OS, session type, idle source, idle time and tray type "
                    + "(from the running Unhunch when there is one), then exit.")
    boolean diagnose;

    @Option(names = "--json", description = "With --diagnose: print one line of JSON (shape in docs/cli.md).")
    boolean json;

    /** A command line for this command with the project's parser settings. */
    public static CommandLine commandLine(LaunchCommand command) {
        CommandLine commandLine = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : new String[] {ExitCodes.HELP_OK, ExitCodes.HELP_REFUSED, ExitCodes.HELP_USAGE,
            ExitCodes.HELP_NOT_RUNNING}) {
            int colon = line.indexOf(':');
            codes.put(line.substring(0, colon), line.substring(colon + 1));
        }
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        }
        return commandLine;
    }

    public ThemeChoice theme() {
        return theme;
    }

    public TrayChoice tray() {
        return tray;
    }

    public boolean diagnose() {
        return diagnose;
    }

    public boolean json() {
        return json;
    }
}
