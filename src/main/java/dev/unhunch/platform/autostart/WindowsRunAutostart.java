package dev.unhunch.platform.autostart;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The per-user {@code Run} value: {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Run},
 * value {@code Unhunch}, holding the command line.
 */
public final class WindowsRunAutostart implements Autostart {

    /** The registry key, under {@code HKEY_CURRENT_USER}. */
    public static final String RUN_KEY = "Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    /** The value name. */
    public static final String VALUE_NAME = "Unhunch";

    private final RegistryAccess registry;

    /** @param registry the registry, {@link JnaRegistry} in the app */
    public WindowsRunAutostart(RegistryAccess registry) {
        this.registry = registry;
    }

    @Override
    public boolean isEnabled() throws IOException {
        return call(() -> registry.get(RUN_KEY, VALUE_NAME).isPresent());
    }

    @Override
    public void enable(List<String> command) throws IOException {
        String line = commandLine(Autostart.checked(command));
        call(() -> {
            registry.set(RUN_KEY, VALUE_NAME, line);
            return null;
        });
    }

    @Override
    public void disable() throws IOException {
        call(() -> {
            registry.delete(RUN_KEY, VALUE_NAME);
            return null;
        });
    }

    /**
     * A command line that Windows splits back into the same arguments
     * ({@code CommandLineToArgvW} rules: quotes around arguments with blanks or quotes, a quote
     * escaped as {@code \"}, backslashes before a quote doubled).
     */
    static String commandLine(List<String> command) {
        return command.stream().map(WindowsRunAutostart::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String arg) {
        if (!arg.isEmpty() && arg.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"')) {
            return arg;
        }
        StringBuilder sb = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : arg.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            sb.append("\\".repeat(c == '"' ? backslashes * 2 + 1 : backslashes));
            backslashes = 0;
            sb.append(c);
        }
        sb.append("\\".repeat(backslashes * 2));
        return sb.append('"').toString();
    }

    private interface RegistryCall<T> {
        T run();
    }

    private static <T> T call(RegistryCall<T> c) throws IOException {
        try {
            return c.run();
        } catch (RuntimeException e) {
            throw new IOException("Could not change the Windows autostart entry: " + e.getMessage(), e);
        }
    }
}
