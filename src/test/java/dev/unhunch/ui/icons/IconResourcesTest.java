package dev.unhunch.ui.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PNGs in the jar (from icons/generated) must be what the SVGs render today: after changing an
 * SVG, run IconExport (see icons/README.md) or the app would show the old picture.
 */
class IconResourcesTest {

    @AfterEach
    void backToPngs() {
        System.clearProperty("unhunch.icons.svg");
    }

    @Test
    void prerenderedPngsMatchTheSvgSources() throws IOException {
        List<String> checked = new ArrayList<>();
        for (TrayIconState state : TrayIconState.values()) {
            for (int size : new int[] {16, 22, 24, 32, 44, 48, 64}) {
                String png = state.file().replace(".svg", "-" + size + ".png");
                System.setProperty("unhunch.icons.svg", "true");
                BufferedImage fromSvg = AppIcons.trayIcon(state, 0, size);
                assertSame(png, fromSvg);
                checked.add(png);
            }
        }
        for (int size : new int[] {16, 22, 24, 32, 48, 64, 128}) {
            System.setProperty("unhunch.icons.svg", "true");
            assertSame("unhunch-" + size + ".png", AppIcons.appIcon(size));
            checked.add("unhunch-" + size + ".png");
        }
        assertThat(checked).hasSize(35);
    }

    private static void assertSame(String png, BufferedImage fromSvg) throws IOException {
        BufferedImage stored;
        try (InputStream in = AppIcons.class.getResourceAsStream("/dev/unhunch/icons/png/" + png)) {
            assertThat(in).as(png + " in the jar").isNotNull();
            stored = ImageIO.read(in);
        }
        int worst = 0;
        for (int y = 0; y < fromSvg.getHeight(); y++) {
            for (int x = 0; x < fromSvg.getWidth(); x++) {
                int a = fromSvg.getRGB(x, y);
                int b = stored.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    worst = Math.max(worst, Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff)));
                }
            }
        }
        assertThat(worst).as(png + " differs from its SVG: re-run IconExport (icons/README.md)").isLessThanOrEqualTo(2);
    }
}
