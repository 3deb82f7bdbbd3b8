package dev.unhunch.ui.icons;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * Renders the app's SVG icons (from {@code icons/}) to images at whatever size is asked for. The
 * common sizes come pre-rendered from the same SVGs ({@code icons/generated}, checked by a test):
 * reading a PNG spares the start-up of loading JSVG and an XML parser (~380 classes) for the
 * tray icon. System property {@code unhunch.icons.svg=true} forces the SVGs (the generator uses it).
 */
public final class AppIcons {

    private static final String ICON_DIR = "/dev/unhunch/icons/";
    private static final String PNG_DIR = ICON_DIR + "png/";
    private static final String APP_ICON = "unhunch.svg";
    /** The progress ring's geometry on tray-due.svg's 32-unit grid (the track circle there). */
    private static final double RING_CENTRE = 16;
    private static final double RING_RADIUS = 13.5;
    private static final double RING_WIDTH = 5;
    /** The ring's colour as RGB; a Color field would load AWT's native library with this class. */
    private static final int RING_RGB = 0xF2A516;
    private static final Map<String, SVGDocument> DOCUMENTS = new ConcurrentHashMap<>();

    private AppIcons() {
    }

    /** The app mark at {@code size} x {@code size} pixels. */
    public static BufferedImage appIcon(int size) {
        return image(APP_ICON, size);
    }

    /** The app mark at the sizes window managers pick from (16 to 128 px). */
    public static List<BufferedImage> windowIcons() {
        List<BufferedImage> icons = new ArrayList<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128}) {
            icons.add(appIcon(size));
        }
        return icons;
    }

    /**
     * The tray icon for {@code state} at {@code size} x {@code size} device pixels (pass 2x the
     * logical size on HiDPI screens). {@code progress} (0..1, clamped) is the share of the way to
     * the next break; only {@link TrayIconState#DUE_SOON} shows it, as a ring filling clockwise
     * from 12 o'clock.
     */
    public static BufferedImage trayIcon(TrayIconState state, double progress, int size) {
        BufferedImage image = image(state.file(), size);
        if (state == TrayIconState.DUE_SOON) {
            double fraction = Double.isNaN(progress) ? 0 : Math.max(0, Math.min(1, progress));
            if (fraction > 0) {
                Graphics2D g = image.createGraphics();
                try {
                    hints(g);
                    double scale = size / 32.0;
                    double r = RING_RADIUS * scale;
                    double c = RING_CENTRE * scale;
                    g.setColor(new Color(RING_RGB));
                    g.setStroke(new BasicStroke((float) (RING_WIDTH * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                    g.draw(new Arc2D.Double(c - r, c - r, 2 * r, 2 * r, 90, -360 * fraction, Arc2D.OPEN));
                } finally {
                    g.dispose();
                }
            }
        }
        return image;
    }

    /**
     * {@link #trayIcon} as PNG bytes, which is what a native tray takes. An icon the build has
     * pre-rendered (every state but a partly filled ring, at the usual tray sizes) is returned as
     * stored: opening the tray then draws nothing, so Java2D's renderer and its disposer thread
     * stay unloaded until the first ring.
     */
    public static byte[] trayIconPng(TrayIconState state, double progress, int size) {
        boolean plain = state != TrayIconState.DUE_SOON || Double.isNaN(progress) || progress <= 0;
        if (plain) {
            byte[] stored = storedPng(state.file(), size);
            if (stored != null) {
                return stored;
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(trayIcon(state, progress, size), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the tray icon", e);
        }
        return png.toByteArray();
    }

    /** The build's pre-rendered PNG of {@code svgFile} at {@code size}; null when there is none or SVGs are forced. */
    private static byte[] storedPng(String svgFile, int size) {
        if (size <= 0 || Boolean.getBoolean("unhunch.icons.svg")) {
            return null;
        }
        try (InputStream in = AppIcons.class.getResourceAsStream(pngPath(svgFile, size))) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static String pngPath(String svgFile, int size) {
        return PNG_DIR + svgFile.replace(".svg", "-" + size + ".png");
    }

    /** The pre-rendered PNG of {@code svgFile} at {@code size} if the build has one, else the SVG rendered. */
    private static BufferedImage image(String svgFile, int size) {
        byte[] stored = storedPng(svgFile, size);
        if (stored != null) {
            try {
                BufferedImage read = ImageIO.read(new ByteArrayInputStream(stored));
                if (read != null && read.getWidth() == size && read.getHeight() == size) {
                    BufferedImage argb = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
                    Graphics2D g = argb.createGraphics();
                    g.drawImage(read, 0, 0, null);
                    g.dispose();
                    return argb;
                }
            } catch (IOException e) {
                // fall back to the SVG
            }
        }
        return render(document(svgFile), size);
    }

    static BufferedImage render(SVGDocument document, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("icon size must be positive, was " + size);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            document.render(null, g, new ViewBox(0, 0, size, size));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static SVGDocument document(String file) {
        return DOCUMENTS.computeIfAbsent(file, name -> {
            String path = ICON_DIR + name;
            URL url = Objects.requireNonNull(AppIcons.class.getResource(path), path + " missing from the build");
            return Objects.requireNonNull(new SVGLoader().load(url), "cannot parse " + path);
        });
    }
}
