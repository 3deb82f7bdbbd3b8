package dev.unhunch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading degrades per line: a damaged line costs that line (or its entry), and is named. */
class PropertiesLinesTest {

    private static byte[] text(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }

    @Test
    void aBadByteCostsItsLineAndTheOthersAreRead() {
        PropertiesText.Lines lines = PropertiesText.read(text("a = 1\r\nb = x", 0xFF, "y\r\nc = 3\r\n"));
        assertThat(lines.entries()).containsExactly(Map.entry("a", "1"), Map.entry("c", "3"));
        assertThat(lines.damaged()).extracting(Object::toString).containsExactly("line 2 is not UTF-8 text");
    }

    @Test
    void aDamagedLineInAContinuedValueCostsThatEntryAndDoesNotSwallowTheNext() {
        PropertiesText.Lines lines = PropertiesText.read(text("a = 1\nlist = x,\\\n  y", 0xC3, ",\\\nb = 2\nc = 3\n"));
        assertThat(lines.entries()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("c", "3"));
        assertThat(lines.damaged()).extracting(PropertiesText.BadLine::line).containsExactly(3);
    }

    @Test
    void binaryDataAndCutOffLinesAreNamedByLine() {
        PropertiesText.Lines lines = PropertiesText.read(text("# fine\na = 1\n\u0000\u0001\nmicro.inter\nb = 2\nc = \\"));
        assertThat(lines.entries()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
        assertThat(lines.damaged()).extracting(Object::toString).containsExactly(
                "line 3 contains binary data (character U+0000)",
                "line 4 'micro.inter' has no '=' and no value; the line looks cut off",
                "line 6 ends in the middle of a value (a trailing '\\' on the last line)");
        assertThat(lines.whole()).isFalse();
    }

    @Test
    void aBadByteInACommentCostsNoEntryButTheFileIsNotWhole() {
        PropertiesText.Lines lines = PropertiesText.read(text("# caf", 0xE9, "\na = 1\n"));
        assertThat(lines.entries()).containsExactly(Map.entry("a", "1"));
        assertThat(lines.damaged()).extracting(PropertiesText.BadLine::line).containsExactly(1);
        assertThat(PropertiesText.isReadable(text("a = 1\n"))).isTrue();
    }
}
