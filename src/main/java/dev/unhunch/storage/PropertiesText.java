package dev.unhunch.storage;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.configuration2.PropertiesConfiguration.PropertiesReader;
import org.apache.commons.configuration2.PropertiesConfiguration.PropertiesWriter;
import org.apache.commons.configuration2.convert.DisabledListDelimiterHandler;

/**
 * Reads and writes {@code .properties} text with Commons Configuration's reader and writer
 * (escaping, continuation lines, {@code \}{@code uXXXX}), adding the checks Commons Configuration
 * leaves out: it accepts any garbage, so this class decides which lines are damaged.
 *
 * <p>A line is damaged when it is not valid UTF-8 (we always write UTF-8, and only ASCII), when it
 * contains control characters other than tab and form feed (binary content), when it is not a
 * comment and has a key but no separator ({@code =}, {@code :} or a blank) — which is what a line
 * cut off in the middle of its key looks like — or when the file ends in the middle of its
 * continuation. {@link #read} degrades per line: a damaged line costs that line (with a
 * continued value, that entry) and nothing else, and says which line it was. {@link #parse} is
 * the strict form, for deciding whether a file may be replaced as a whole.
 */
public final class PropertiesText {

    private PropertiesText() {
    }

    /**
     * A damaged line.
     *
     * @param line its number, from 1
     * @param reason what is wrong with it, for a person
     */
    public record BadLine(int line, String reason) {
        @Override
        public String toString() {
            return "line " + line + " " + reason;
        }
    }

    /**
     * What {@link #read} found.
     *
     * @param entries the entries of the undamaged lines, in file order; for repeated keys the last
     *     value wins, as in {@link java.util.Properties}
     * @param damaged the damaged lines, in file order (comments included, though they cost nothing)
     */
    public record Lines(Map<String, String> entries, List<BadLine> damaged) {
        public Lines {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            damaged = List.copyOf(damaged);
        }

        /** Whether every line could be read. */
        public boolean whole() {
            return damaged.isEmpty();
        }
    }

    /**
     * The entries of a file, in file order, when every line is readable.
     *
     * @throws BrokenFileException naming the first damaged line, see the class comment
     */
    public static Map<String, String> parse(byte[] bytes) throws BrokenFileException {
        Lines lines = read(bytes);
        if (!lines.whole()) {
            throw new BrokenFileException(lines.damaged().get(0).toString());
        }
        return lines.entries();
    }

    /** Whether {@link #parse} accepts the bytes: no line is damaged. */
    public static boolean isReadable(byte[] bytes) {
        return read(bytes).whole();
    }

    /** The entries of the readable lines and the damaged ones; never fails. */
    public static Lines read(byte[] bytes) {
        Map<String, String> entries = new LinkedHashMap<>();
        List<BadLine> damaged = new ArrayList<>();
        List<String> entryLines = new ArrayList<>();
        int entryStart = 0;
        BadLine entryDamage = null;
        int number = 0;
        for (byte[] raw : physicalLines(bytes)) {
            number++;
            String text = lenient(raw, number == 1);
            String problem = problem(raw, text);
            boolean comment = isCommentOrBlank(text);
            if (problem != null) {
                damaged.add(new BadLine(number, problem));
            }
            if (entryLines.isEmpty() && comment) {
                continue; // a comment or blank line between entries
            }
            if (entryLines.isEmpty()) {
                entryStart = number;
                entryDamage = null;
            }
            entryLines.add(text); // a comment inside a continued value is skipped by the reader, as by Commons
            if (!comment && problem != null && entryDamage == null) {
                entryDamage = damaged.get(damaged.size() - 1);
            }
            // a damaged line ends its entry: whatever it seems to continue into is read on its own
            if (!comment && (problem != null || !continues(text))) {
                if (entryDamage == null) {
                    BadLine bad = entry(String.join("\n", entryLines), entryStart, entries);
                    if (bad != null) {
                        damaged.add(bad);
                    }
                }
                entryLines.clear();
            }
        }
        if (!entryLines.isEmpty() && entryDamage == null) {
            damaged.add(new BadLine(entryStart, "ends in the middle of a value (a trailing '\\' on the last line)"));
        }
        damaged.sort(java.util.Comparator.comparingInt(BadLine::line));
        return new Lines(entries, damaged);
    }

    /** Reads one entry's text into {@code entries}; the damage when it has no separator. */
    private static BadLine entry(String text, int line, Map<String, String> entries) {
        try (PropertiesReader reader = new PropertiesReader(new StringReader(text))) {
            if (reader.nextProperty()) {
                String key = reader.getPropertyName();
                if (reader.getPropertySeparator() == null) {
                    return new BadLine(line, "'" + key + "' has no '=' and no value; the line looks cut off");
                }
                entries.remove(key);
                entries.put(key, reader.getPropertyValue());
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** The lines of the bytes, split at LF, CR LF or CR as {@link java.io.LineNumberReader} does. */
    private static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static String lenient(byte[] raw, boolean first) {
        String s = new String(raw, StandardCharsets.UTF_8); // bad bytes become U+FFFD
        return first && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** What is wrong with a line, or null. */
    private static String problem(byte[] raw, String text) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw));
        } catch (CharacterCodingException e) {
            return "is not UTF-8 text";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\f') {
                return String.format("contains binary data (character U+%04X)", (int) c);
            }
        }
        return null;
    }

    private static boolean isCommentOrBlank(String line) {
        String s = line.trim();
        return s.isEmpty() || s.charAt(0) == '#' || s.charAt(0) == '!';
    }

    /** Whether the line goes on in the next one: an odd number of trailing backslashes. */
    private static boolean continues(String line) {
        String s = line.trim();
        int backslashes = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Builds properties text: comments and entries, escaped by Commons Configuration. */
    public static final class Builder {
        private final StringWriter out = new StringWriter();
        private final PropertiesWriter writer = new PropertiesWriter(out, DisabledListDelimiterHandler.INSTANCE);

        /** A new, empty text. */
        public Builder() {
            writer.setGlobalSeparator(" = ");
            writer.setLineSeparator("\n");
        }

        /** One {@code # } comment line per line of {@code text}. */
        public Builder comment(String text) {
            for (String line : text.split("\n", -1)) {
                raw(line.isEmpty() ? "#" : "# " + line);
            }
            return this;
        }

        /** A {@code key = value} line. */
        public Builder entry(String key, String value) {
            try {
                writer.writeProperty(key, value);
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** A commented-out {@code # key = value} line, e.g. to show a default. */
        public Builder commentedEntry(String key, String value) {
            String line = new Builder().entry(key, value).toString().stripTrailing();
            return raw("# " + line);
        }

        /** An empty line. */
        public Builder blank() {
            return raw("");
        }

        private Builder raw(String line) {
            out.write(line);
            out.write('\n');
            return this;
        }

        /** The text as UTF-8 bytes. */
        public byte[] toBytes() {
            return toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
