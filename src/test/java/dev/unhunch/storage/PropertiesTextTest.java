package dev.unhunch.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertiesTextTest {

    @org.junit.jupiter.api.BeforeAll
    static void quiet() {
        QuietLogs.storage();
    }

    private static Map<String, String> parse(String s) throws BrokenFileException {
        return PropertiesText.parse(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUsualPropertiesSyntax() throws BrokenFileException {
        assertThat(parse("\uFEFF# c\n! c\na=1\nb : 2\nc 3\nd =\ne = x\\\n  y\nf = \\u00e9\na = last\r\ng = 1\\\n  2\n\n"))
                .containsExactly(Map.entry("b", "2"), Map.entry("c", "3"), Map.entry("d", ""),
                        Map.entry("e", "xy"), Map.entry("f", "é"), Map.entry("a", "last"), Map.entry("g", "12"));
    }

    @Test
    void spotsBrokenFiles() {
        assertThatThrownBy(() -> parse("a = 1\nmicro.inter")).hasMessageContaining("line 2 'micro.inter'");
        assertThatThrownBy(() -> parse("a = 1\nb = x\\")).hasMessageContaining("trailing");
        assertThatThrownBy(() -> parse("a = 1\nb = x\\\n\n  \n")).hasMessageContaining("trailing");
        assertThatThrownBy(() -> parse("a = 1\u0000")).hasMessageContaining("binary");
        assertThatThrownBy(() -> PropertiesText.parse(new byte[] {'a', '=', (byte) 0xFF}))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void writesEscapedAsciiThatReadsBack() throws BrokenFileException {
        byte[] bytes = new PropertiesText.Builder().comment("hello\n\nworld").entry("k=ey", "a\\b é #x")
                .commentedEntry("d", "1").toBytes();
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(text).isEqualTo("# hello\n#\n# world\nk\\=ey = a\\\\b \\u00E9 #x\n# d = 1\n");
        assertThat(PropertiesText.parse(bytes)).containsExactly(Map.entry("k=ey", "a\\b é #x"));
    }
}
