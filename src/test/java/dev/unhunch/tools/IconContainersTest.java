package dev.unhunch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the generated .ico and .icns back the way Windows and macOS would walk them. */
class IconContainersTest {

    @Test
    void icoAndIcnsHoldReadablePngsOfTheStatedSizes(@TempDir Path dir) throws Exception {
        IconExport.export(dir);

        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("unhunch.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type icon").isEqualTo((short) 1);
        assertThat(ico.getShort(4)).isEqualTo((short) IconExport.ICO_SIZES.length);
        for (int i = 0; i < IconExport.ICO_SIZES.length; i++) {
            int entry = 6 + 16 * i;
            int stated = Byte.toUnsignedInt(ico.get(entry));
            int expected = IconExport.ICO_SIZES[i];
            assertThat(stated == 0 ? 256 : stated).isEqualTo(expected);
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(ico.array(), offset, length));
            assertThat(image.getWidth()).isEqualTo(expected);
        }

        byte[] icns = Files.readAllBytes(dir.resolve("unhunch.icns"));
        ByteBuffer b = ByteBuffer.wrap(icns);
        assertThat(new String(icns, 0, 4, "US-ASCII")).isEqualTo("icns");
        assertThat(b.getInt(4)).isEqualTo(icns.length);
        int chunks = 0;
        for (int at = 8; at < icns.length; chunks++) {
            String type = new String(icns, at, 4, "US-ASCII");
            int length = b.getInt(at + 4);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(icns, at + 8, at + length)));
            assertThat(image.getWidth()).as(type).isEqualTo(IconContainers.ICNS_TYPES.get(type));
            at += length;
        }
        assertThat(chunks).isEqualTo(IconContainers.ICNS_TYPES.size());
        assertThat(dir.resolve("unhunch-512.png")).exists();
        assertThat(dir.resolve("tray-due-44.png")).exists();
    }
}
