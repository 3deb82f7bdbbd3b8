package dev.unhunch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code unhunch} command line: options that shape how the app starts.
 *
 * <p>picocli parses it; {@code Main} reacts to help, version and usage errors.
 */
@Command(name = "unhunch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reminds you to stretch after real keyboard and mouse activity.",
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "2:usage error (unknown option or bad value)",
            "3:no graphical display available"})
public class LaunchCommand {

    /** How the tray icon is shown. */
    public enum TrayChoice { AUTO, SWING, AWT, GTK, APPINDICATOR, WINDOW }

    /** The colour theme. */
    public enum ThemeChoice { SYSTEM, LIGHT, DARK }

    @Option(names = "--theme", paramLabel = "THEME",
            description = "Colour theme: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ThemeChoice theme = ThemeChoice.SYSTEM;

    @Option(names = "--tray", paramLabel = "TYPE",
            description = "Tray implementation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "WINDOW shows a small status window instead of a tray icon.")
    TrayChoice tray = TrayChoice.AUTO;

    public ThemeChoice theme() {
        return theme;
    }

    public TrayChoice tray() {
        return tray;
    }
}
