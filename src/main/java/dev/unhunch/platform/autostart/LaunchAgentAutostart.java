package dev.unhunch.platform.autostart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A macOS LaunchAgent, {@code ~/Library/LaunchAgents/dev.unhunch.plist}, which launchd runs at
 * login ({@code RunAtLoad}).
 */
public final class LaunchAgentAutostart implements Autostart {

    /** The launchd label, also the file's base name. */
    public static final String LABEL = "dev.unhunch";

    private final Path file;

    /** @param launchAgentsDir usually {@code ~/Library/LaunchAgents} */
    public LaunchAgentAutostart(Path launchAgentsDir) {
        this.file = launchAgentsDir.resolve(LABEL + ".plist");
    }

    /** The plist file. */
    public Path file() {
        return file;
    }

    @Override
    public boolean isEnabled() {
        return Files.isRegularFile(file);
    }

    @Override
    public void enable(List<String> command) throws IOException {
        EntryFiles.write(file, plist(Autostart.checked(command)));
    }

    @Override
    public void disable() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The property list for a command. */
    static String plist(List<String> command) {
        StringBuilder args = new StringBuilder();
        for (String a : command) {
            args.append("        <string>").append(xml(a)).append("</string>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                + "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                + "<plist version=\"1.0\">\n"
                + "<dict>\n"
                + "    <key>Label</key>\n"
                + "    <string>" + LABEL + "</string>\n"
                + "    <key>ProgramArguments</key>\n"
                + "    <array>\n"
                + args
                + "    </array>\n"
                + "    <key>RunAtLoad</key>\n"
                + "    <true/>\n"
                + "    <key>ProcessType</key>\n"
                + "    <string>Interactive</string>\n"
                + "</dict>\n"
                + "</plist>\n";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
