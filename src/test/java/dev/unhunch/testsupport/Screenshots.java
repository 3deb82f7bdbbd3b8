package dev.unhunch.testsupport;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * Saves pictures of the whole test display under {@code target/screenshots} for review, and hands
 * a test the part that one window covers so that it can check what the X server really shows.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** Saves the whole display as {@code target/screenshots/NAME.png}. */
    public static Path take(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Tools.run("import", "-window", "root", file.toString());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the whole display as {@link #take} does and returns the part inside the window's (or
     * component's) bounds on screen, read back from the saved picture.
     */
    public static Shot of(String name, Component window) {
        Rectangle bounds = GuiActionRunner.execute(() -> new Rectangle(window.getLocationOnScreen(), window.getSize()));
        Toolkit.getDefaultToolkit().sync(); // what Swing drew has reached the X server
        return crop(name, bounds);
    }

    /**
     * As {@link #of(String, Component)} once the window has been drawn: a window that has just
     * appeared may not have had its first paint yet (seen under load as one flat colour).
     */
    public static Shot ofPainted(String name, Component window) {
        Waits.within(5_000, () -> of(name, window).painted());
        return of(name, window).requirePainted();
    }

    /**
     * As {@link #of(String, Component)}, for the window titled {@code title} of another process
     * (the app started from its jar), found with xwininfo.
     */
    public static Shot ofTitled(String name, String title) {
        String info = Tools.run("xwininfo", "-name", title);
        Rectangle bounds = new Rectangle(field(info, "Absolute upper-left X"), field(info, "Absolute upper-left Y"),
                field(info, "Width"), field(info, "Height"));
        return crop(name, bounds);
    }

    private static int field(String xwininfo, String label) {
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(label) + ":\\s*(-?\\d+)", Pattern.MULTILINE).matcher(xwininfo);
        if (!m.find()) {
            throw new IllegalStateException("no '" + label + "' in xwininfo's answer: " + xwininfo);
        }
        return Integer.parseInt(m.group(1));
    }

    private static Shot crop(String name, Rectangle bounds) {
        Path file = take(name);
        try {
            BufferedImage screen = ImageIO.read(file.toFile());
            Rectangle inside = bounds.intersection(new Rectangle(screen.getWidth(), screen.getHeight()));
            if (inside.isEmpty()) {
                throw new AssertionError(name + ": the window at " + bounds + " is off the screen");
            }
            return new Shot(name, screen.getSubimage(inside.x, inside.y, inside.width, inside.height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
