package dev.unhunch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * The pixels of one window as the X server showed them in a screenshot ({@link Screenshots#of}),
 * with the checks that tell a painted window from an empty or unmapped one, and one theme from
 * the other.
 */
public final class Shot {

    /**
     * Fewer colours than this is a flat fill or the bare root window (Xvfb's is two colours); a
     * painted window has text, borders and anti-aliased edges.
     */
    static final int MIN_COLOURS = 16;
    /** More than this share of one colour means next to nothing is drawn on the background. */
    static final double MAX_BACKGROUND_SHARE = 0.995;
    /** Below this mean luminance a window counts as dark, above {@code 1 - DARK_BELOW} as light. */
    static final double DARK_BELOW = 0.4;
    /** The share of pixels that must change for two pictures to show different things. */
    static final double MIN_CHANGED_SHARE = 0.005;

    private final String name;
    private final BufferedImage image;

    Shot(String name, BufferedImage image) {
        this.name = name;
        this.image = image;
    }

    /** The window is on screen and drawn: many colours, not one background filling it all. */
    public Shot requirePainted() {
        Map<Integer, Integer> counts = colourCounts();
        assertThat(counts.size()).as(name + ": distinct colours inside the window").isGreaterThanOrEqualTo(MIN_COLOURS);
        assertThat(topShare(counts)).as(name + ": share of the most common colour").isLessThan(MAX_BACKGROUND_SHARE);
        return this;
    }

    /** Whether {@link #requirePainted()} would pass, for waiting until it does. */
    public boolean painted() {
        Map<Integer, Integer> counts = colourCounts();
        return counts.size() >= MIN_COLOURS && topShare(counts) < MAX_BACKGROUND_SHARE;
    }

    /** The window is drawn in the dark theme: dark on the whole. */
    public Shot requireDark() {
        assertThat(meanLuminance()).as(name + ": mean luminance (0 black, 1 white)").isLessThan(DARK_BELOW);
        return this;
    }

    /** The window is drawn in the light theme: light on the whole. */
    public Shot requireLight() {
        assertThat(meanLuminance()).as(name + ": mean luminance (0 black, 1 white)").isGreaterThan(1 - DARK_BELOW);
        return this;
    }

    /** This picture shows something else than {@code other} (another tab, state or range). */
    public Shot requireDifferentFrom(Shot other) {
        assertThat(changedShare(other)).as(name + " against " + other.name + ": share of pixels that differ")
                .isGreaterThan(MIN_CHANGED_SHARE);
        return this;
    }

    public double meanLuminance() {
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                sum += 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
            }
        }
        return sum / 255 / pixels();
    }

    /** The share of pixels that differ from {@code other}'s; 1 when the sizes differ. */
    public double changedShare(Shot other) {
        if (other.image.getWidth() != image.getWidth() || other.image.getHeight() != image.getHeight()) {
            return 1;
        }
        long changed = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != (other.image.getRGB(x, y) & 0xffffff)) {
                    changed++;
                }
            }
        }
        return (double) changed / pixels();
    }

    private Map<Integer, Integer> colourCounts() {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        return counts;
    }

    private double topShare(Map<Integer, Integer> counts) {
        return (double) counts.values().stream().max(Integer::compare).orElse(0) / pixels();
    }

    private long pixels() {
        return (long) image.getWidth() * image.getHeight();
    }

    @Override
    public String toString() {
        Map<Integer, Integer> counts = colourCounts();
        return String.format(java.util.Locale.ROOT, "%s: %dx%d, %d colours, top colour %.3f, luminance %.2f",
                name, image.getWidth(), image.getHeight(), counts.size(), topShare(counts), meanLuminance());
    }
}
