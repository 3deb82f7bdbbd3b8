package dev.unhunch.storage;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.configuration2.PropertiesConfiguration.PropertiesReader;

/**
 * Changes the values of some keys in a readable {@code .properties} text and leaves every other
 * line exactly as it was: the user's comments, blank lines, unknown keys, the order, and the line
 * endings. A changed entry replaces the lines of its last occurrence (the one in use); a key the
 * text does not have yet goes right after its commented-out default ({@code # key = 20m}) if
 * there is one, else at the end.
 */
final class PropertiesEdit {

    private final List<String> lines = new ArrayList<>();
    private final String newline;
    private final boolean endsWithNewline;

    private PropertiesEdit(String text) {
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
        this.endsWithNewline = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
        for (String line : text.split("\r\n|\r|\n", -1)) {
            lines.add(line);
        }
        if (endsWithNewline) {
            lines.remove(lines.size() - 1); // the empty piece after the last line break
        }
    }

    /**
     * The text with {@code values} set; keys whose value is already right keep their lines as they
     * are. The text must be readable ({@link PropertiesText#isReadable}).
     */
    static byte[] apply(byte[] text, Map<String, String> values) {
        PropertiesEdit edit = new PropertiesEdit(new String(text, StandardCharsets.UTF_8));
        values.forEach(edit::set);
        return edit.toBytes();
    }

    /** The key of every entry, with its first and last line (0-based), last occurrence per key. */
    private Map<String, int[]> entries() {
        Map<String, int[]> out = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            String trimmed = lines.get(i).strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                i++;
                continue;
            }
            int first = i;
            StringBuilder logical = new StringBuilder(lines.get(i));
            while (continues(lines.get(i)) && i + 1 < lines.size()) {
                i++;
                logical.append('\n').append(lines.get(i));
            }
            String[] kv = read(logical.toString());
            if (kv != null) {
                out.remove(kv[0]);
                out.put(kv[0], new int[] {first, i, 0});
            }
            i++;
        }
        return out;
    }

    private void set(String key, String value) {
        String line = new PropertiesText.Builder().entry(key, value).toString().stripTrailing();
        int[] span = entries().get(key);
        if (span != null) {
            StringBuilder logical = new StringBuilder();
            for (int i = span[0]; i <= span[1]; i++) {
                logical.append(i > span[0] ? "\n" : "").append(lines.get(i));
            }
            String[] kv = read(logical.toString());
            if (kv != null && kv[1].equals(value)) {
                return; // already right: the user's spelling stays
            }
            for (int i = span[1]; i > span[0]; i--) {
                lines.remove(i);
            }
            lines.set(span[0], line);
            return;
        }
        Pattern commented = Pattern.compile("^\\s*[#!]\\s*" + Pattern.quote(key) + "\\s*[=:\\s].*");
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (commented.matcher(lines.get(i)).matches()) {
                lines.add(i + 1, line);
                return;
            }
        }
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
            lines.add("");
        }
        lines.add(line);
    }

    private byte[] toBytes() {
        String text = String.join(newline, lines) + (endsWithNewline || !lines.isEmpty() ? newline : "");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Key and value of one logical entry, or null when it has none. */
    private static String[] read(String logical) {
        try (PropertiesReader reader = new PropertiesReader(new StringReader(logical))) {
            return reader.nextProperty() ? new String[] {reader.getPropertyName(), reader.getPropertyValue()} : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean continues(String line) {
        String s = line.stripTrailing();
        int backslashes = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
