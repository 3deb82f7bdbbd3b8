package dev.unhunch.ui.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AppIconsTest {

    @ParameterizedTest
    @ValueSource(ints = {16, 22, 24, 32, 48, 64, 128})
    void rendersAtTheAskedSizeWithTransparentCornersAndAnOpaqueTile(int size) {
        BufferedImage icon = AppIcons.appIcon(size);
        assertThat(icon.getWidth()).isEqualTo(size);
        assertThat(icon.getHeight()).isEqualTo(size);
        assertThat(alpha(icon, 0, 0)).as("rounded corner").isLessThan(64);
        assertThat(alpha(icon, size / 2, size - size / 6)).as("tile body").isEqualTo(255);
        assertThat(distinctColours(icon)).as("the mark is drawn, not a flat tile").isGreaterThan(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 22, 24, 32, 44, 48, 64})
    void everyTrayStateRendersAtTrayAndHiDpiSizes(int size) {
        for (TrayIconState state : TrayIconState.values()) {
            BufferedImage icon = AppIcons.trayIcon(state, 0.5, size);
            assertThat(icon.getWidth()).as(state.name()).isEqualTo(size);
            assertThat(alpha(icon, size / 2, size / 2)).as(state + " centre is opaque").isEqualTo(255);
            assertThat(distinctColours(icon)).as(state + " draws a mark").isGreaterThan(3);
        }
    }

    @Test
    void theDueRingFillsClockwiseFromTwelveOClock() {
        int size = 32;
        // a point on the ring just right of 12 o'clock and one just left of it (the end of the ring)
        int[] startOfRing = {18, 3};
        int[] endOfRing = {13, 3};
        BufferedImage empty = AppIcons.trayIcon(TrayIconState.DUE_SOON, 0, size);
        BufferedImage quarter = AppIcons.trayIcon(TrayIconState.DUE_SOON, 0.25, size);
        BufferedImage full = AppIcons.trayIcon(TrayIconState.DUE_SOON, 1, size);
        assertThat(isAmber(empty, startOfRing)).isFalse();
        assertThat(isAmber(quarter, startOfRing)).isTrue();
        assertThat(isAmber(quarter, endOfRing)).isFalse();
        assertThat(isAmber(full, endOfRing)).isTrue();
        assertThat(rgb(AppIcons.trayIcon(TrayIconState.DUE_SOON, -3, size))).as("clamped to 0").isEqualTo(rgb(empty));
        assertThat(rgb(AppIcons.trayIcon(TrayIconState.DUE_SOON, 7, size))).as("clamped to 1").isEqualTo(rgb(full));
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 22, 24, 32, 44, 48, 64, 20, 96})
    void trayPngsDecodeToTheRenderedIcon(int size) throws java.io.IOException {
        for (TrayIconState state : TrayIconState.values()) {
            for (double progress : new double[] {0, 0.25}) {
                BufferedImage decoded = javax.imageio.ImageIO.read(
                        new java.io.ByteArrayInputStream(AppIcons.trayIconPng(state, progress, size)));
                assertThat(decoded.getWidth()).as(state + " width").isEqualTo(size);
                assertThat(rgb(toArgb(decoded))).as(state + " at " + progress)
                        .isEqualTo(rgb(AppIcons.trayIcon(state, progress, size)));
            }
        }
    }

    private static BufferedImage toArgb(BufferedImage image) {
        BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = argb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return argb;
    }

    @Test
    void refusesSillySizes() {
        assertThatThrownBy(() -> AppIcons.appIcon(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean isAmber(BufferedImage image, int[] xy) {
        int argb = image.getRGB(xy[0], xy[1]);
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return r > 200 && g > 130 && g < 200 && b < 80;
    }

    private static int[] rgb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }
}
