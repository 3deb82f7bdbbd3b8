package dev.unhunch.platform.autostart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An XDG autostart desktop entry, {@code unhunch.desktop} in the autostart directory
 * ({@code $XDG_CONFIG_HOME/autostart}), as read by GNOME, KDE, Xfce and other desktops.
 */
public final class XdgAutostart implements Autostart {

    /** The entry's file name. */
    public static final String FILE_NAME = "unhunch.desktop";

    private static final String RESERVED = " \t\n\"'\\><~|&;$*?#()`";

    private final Path file;

    /** @param autostartDir usually {@code ~/.config/autostart} */
    public XdgAutostart(Path autostartDir) {
        this.file = autostartDir.resolve(FILE_NAME);
    }

    /** The desktop entry file. */
    public Path file() {
        return file;
    }

    @Override
    public boolean isEnabled() throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.stream().map(String::strip).noneMatch(l -> l.equalsIgnoreCase("Hidden=true")
                || l.equalsIgnoreCase("X-GNOME-Autostart-enabled=false"));
    }

    @Override
    public void enable(List<String> command) throws IOException {
        EntryFiles.write(file, desktopEntry(Autostart.checked(command)));
    }

    @Override
    public void disable() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The entry's text for a command. */
    static String desktopEntry(List<String> command) {
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=Unhunch\n"
                + "Comment=Stretch breaks after real activity\n"
                + "Exec=" + exec(command) + "\n"
                + "Icon=unhunch\n"
                + "Terminal=false\n"
                + "Categories=Utility;\n"
                + "X-GNOME-Autostart-enabled=true\n";
    }

    /**
     * The {@code Exec} value: arguments with reserved characters are double-quoted, with
     * {@code " ` $ \} escaped inside the quotes; {@code %} is doubled; then the string-level escape
     * doubles every backslash, as the Desktop Entry Specification requires.
     */
    static String exec(List<String> command) {
        return command.stream().map(XdgAutostart::quote).map(a -> a.replace("\\", "\\\\"))
                .collect(Collectors.joining(" "));
    }

    private static String quote(String arg) {
        String s = arg.replace("%", "%%");
        boolean reserved = s.isEmpty() || s.chars().anyMatch(c -> RESERVED.indexOf(c) >= 0);
        if (!reserved) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
