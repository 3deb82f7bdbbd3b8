package dev.unhunch.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writers for the two icon container formats the installers need. Both simply hold PNG files:
 * Windows {@code .ico} (ICONDIR header, one 16-byte entry per image, then the PNGs; Vista and later
 * read PNG entries) and macOS {@code .icns} ("icns" + length, then typed chunks whose payload is a
 * PNG for the types listed in {@link #ICNS_TYPES}).
 */
final class IconContainers {

    /** icns chunk type to pixel size; all of these may hold PNG data (macOS 10.7+). */
    static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic10", 1024); // 512@2x
        ICNS_TYPES.put("ic11", 32);   // 16@2x
        ICNS_TYPES.put("ic12", 64);   // 32@2x
        ICNS_TYPES.put("ic13", 256);  // 128@2x
        ICNS_TYPES.put("ic14", 512);  // 256@2x
    }

    private IconContainers() {
    }

    /** An .ico holding the given PNGs, keyed by pixel size (at most 256). */
    static byte[] ico(SortedMap<Integer, byte[]> pngsBySize) {
        int count = pngsBySize.size();
        int offset = 6 + 16 * count;
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) count);
        ByteArrayOutputStream images = new ByteArrayOutputStream();
        for (Map.Entry<Integer, byte[]> e : pngsBySize.entrySet()) {
            int size = e.getKey();
            if (size < 1 || size > 256) {
                throw new IllegalArgumentException(".ico entries are 1..256 px, not " + size);
            }
            byte[] png = e.getValue();
            header.put((byte) (size == 256 ? 0 : size)).put((byte) (size == 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0);            // no palette, reserved
            header.putShort((short) 1).putShort((short) 32); // planes, bits per pixel
            header.putInt(png.length).putInt(offset + images.size());
            images.writeBytes(png);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(images.toByteArray());
        return out.toByteArray();
    }

    /** An .icns holding one PNG per chunk type (see {@link #ICNS_TYPES}). */
    static byte[] icns(Map<String, byte[]> pngsByType) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> e : pngsByType.entrySet()) {
            if (!ICNS_TYPES.containsKey(e.getKey())) {
                throw new IllegalArgumentException("not a PNG icns type: " + e.getKey());
            }
            chunks.writeBytes(e.getKey().getBytes(StandardCharsets.US_ASCII));
            chunks.writeBytes(ByteBuffer.allocate(4).putInt(8 + e.getValue().length).array());
            chunks.writeBytes(e.getValue());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("icns".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).putInt(8 + chunks.size()).array());
        out.writeBytes(chunks.toByteArray());
        return out.toByteArray();
    }

    static byte[] png(java.awt.image.BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
