package dev.unhunch.testsupport;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
