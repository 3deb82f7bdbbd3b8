package dev.unhunch.storage;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.configuration2.PropertiesConfiguration.PropertiesReader;
import org.apache.commons.configuration2.PropertiesConfiguration.PropertiesWriter;
import org.apache.commons.configuration2.convert.DisabledListDelimiterHandler;

/**
 * Reads and writes {@code .properties} text with Commons Configuration's reader and writer
 * (escaping, continuation lines, {@code \}{@code uXXXX}), adding the checks Commons Configuration
 * leaves out: it accepts any garbage, so this class decides when a file is broken.
 *
 * <p>A file is broken when it is not valid UTF-8 (we always write UTF-8, and only ASCII), when it
 * contains control characters other than tab, CR, LF and form feed (binary content), when a line
 * that is not a comment has a key but no separator ({@code =}, {@code :} or a blank) — which is
 * what a line cut off in the middle of its key looks like — or when the file ends in the middle
 * of a continuation line.
 */
public final class PropertiesText {

    private PropertiesText() {
    }

    /**
     * The entries of a file, in file order; for repeated keys the last value wins, as in
     * {@link java.util.Properties}.
     *
     * @throws BrokenFileException when the content is broken, see the class comment
     */
    public static Map<String, String> parse(byte[] bytes) throws BrokenFileException {
        String text = decode(bytes);
        checkCharacters(text);
        if (endsInContinuation(text)) {
            throw new BrokenFileException("the last line ends in the middle of a value (a trailing '\\')");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        try (PropertiesReader reader = new PropertiesReader(new StringReader(text))) {
            while (reader.nextProperty()) {
                String key = reader.getPropertyName();
                if (reader.getPropertySeparator() == null) {
                    throw new BrokenFileException("line " + reader.getLineNumber() + " '" + key
                            + "' has no '=' and no value; the file looks cut off");
                }
                entries.remove(key);
                entries.put(key, reader.getPropertyValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return entries;
    }

    /** Whether {@link #parse} accepts the bytes. */
    public static boolean isReadable(byte[] bytes) {
        try {
            parse(bytes);
            return true;
        } catch (BrokenFileException e) {
            return false;
        }
    }

    private static String decode(byte[] bytes) throws BrokenFileException {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new BrokenFileException("the file is not UTF-8 text (" + e.getMessage() + ")");
        }
    }

    private static void checkCharacters(String text) throws BrokenFileException {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
                throw new BrokenFileException(String.format(
                        "line %d contains binary data (character U+%04X)", line, (int) c));
            }
        }
    }

    private static boolean endsInContinuation(String text) {
        // Commons Configuration drops a continued entry that reaches the end of the file, even
        // through blank lines, so the last line with text must not end in a continuation.
        String body = text.stripTrailing();
        String last = body.substring(body.lastIndexOf('\n') + 1);
        String lead = last.stripLeading();
        if (lead.startsWith("#") || lead.startsWith("!")) {
            return false;
        }
        int backslashes = 0;
        for (int i = last.length() - 1; i >= 0 && last.charAt(i) == '\\'; i--) {
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
