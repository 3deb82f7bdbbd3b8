package dev.unhunch.ui.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class NoticeCornerTest {

    private final Rectangle screen = new Rectangle(1920, 0, 1280, 1024);
    private final Dimension size = new Dimension(400, 100);

    @Test
    void eachCornerKeepsTheMarginFromBothEdges() {
        assertThat(NoticeCorner.TOP_RIGHT.place(size, screen, 12)).isEqualTo(new Point(1920 + 1280 - 412, 12));
        assertThat(NoticeCorner.TOP_LEFT.place(size, screen, 12)).isEqualTo(new Point(1932, 12));
        assertThat(NoticeCorner.BOTTOM_RIGHT.place(size, screen, 12)).isEqualTo(new Point(2788, 1024 - 112));
        assertThat(NoticeCorner.BOTTOM_LEFT.place(size, screen, 12)).isEqualTo(new Point(1932, 912));
    }
}
