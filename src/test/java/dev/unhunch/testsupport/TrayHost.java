package dev.unhunch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real XEmbed tray host ({@code trayer}) on the test display, and questions about what docked
 * in it, answered from outside the app with {@code xwininfo}.
 */
public final class TrayHost implements AutoCloseable {

    private static final Pattern GEOMETRY = Pattern.compile("(\\d+)x(\\d+)\\+-?\\d+\\+-?\\d+\\s+\\+(-?\\d+)\\+(-?\\d+)");

    private final Process process;

    private TrayHost(Process process) {
        this.process = process;
    }

    /**
     * Starts trayer at the top-right corner and waits for its panel window. A trayer that exits
     * before showing its panel (seen once in a full run, right after another test's trayer had
     * gone) is started again, up to three times; the failure names what it printed.
     */
    public static TrayHost start() {
        String output = "";
        for (int attempt = 1; attempt <= 3; attempt++) {
            java.nio.file.Path log = tempLog();
            Process process = launch(log);
            if (Waits.within(30_000, () -> !process.isAlive() || panelShown()) && process.isAlive()) {
                return new TrayHost(process);
            }
            Processes.stop(process);
            output = readOutput(log);
        }
        throw new AssertionError("trayer's panel window did not appear in three tries; trayer said: " + output);
    }

    private static Process launch(java.nio.file.Path log) {
        try {
            return TestDisplay.get().processBuilder("trayer", "--edge", "top", "--align", "right",
                    "--widthtype", "request", "--height", "24", "--SetDockType", "true", "--transparent", "false")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start trayer (apt-get install trayer)", e);
        }
    }

    private static boolean panelShown() {
        try {
            return Tools.run("xwininfo", "-root", "-tree").contains("(\"panel\" \"trayer\")");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A file for trayer's output (a file, not a pipe, so that a talkative trayer never blocks). */
    private static java.nio.file.Path tempLog() {
        try {
            java.nio.file.Path log = java.nio.file.Files.createTempFile("trayer", ".out");
            log.toFile().deleteOnExit();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readOutput(java.nio.file.Path log) {
        try {
            return java.nio.file.Files.readString(log).trim();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * The on-screen box of the icon whose window is named {@code name} inside the tray panel, if it
     * docked.
     */
    public static Optional<int[]> dockedIcon(String name) {
        String tree = Tools.run("xwininfo", "-root", "-tree");
        int panel = tree.indexOf("(\"panel\" \"trayer\")");
        if (panel < 0) {
            return Optional.empty();
        }
        int panelIndent = indentAt(tree, panel);
        String[] lines = tree.substring(tree.indexOf('\n', panel) + 1).split("\n");
        for (String line : lines) {
            int indent = line.length() - line.stripLeading().length();
            if (line.contains("(\"") && indent <= panelIndent) {
                break;
            }
            if (line.contains("\"" + name + "\"")) {
                Matcher m = GEOMETRY.matcher(line);
                if (m.find()) {
                    return Optional.of(new int[] {Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                }
            }
        }
        return Optional.empty();
    }

    private static int indentAt(String text, int index) {
        int lineStart = text.lastIndexOf('\n', index) + 1;
        int indent = 0;
        while (text.charAt(lineStart + indent) == ' ') {
            indent++;
        }
        return indent;
    }

    @Override
    public void close() {
        Processes.stop(process);
    }
}
