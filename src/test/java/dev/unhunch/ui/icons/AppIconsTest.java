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

    @Test
    void refusesSillySizes() {
        assertThatThrownBy(() -> AppIcons.appIcon(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }
}
