package dev.unhunch.ui.icons;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Renders the app's SVG icons (from {@code icons/}) to images at whatever size is asked for. */
public final class AppIcons {

    private static final String APP_ICON = "/dev/unhunch/icons/unhunch.svg";
    private static volatile SVGDocument appIcon;

    private AppIcons() {
    }

    /** The app mark at {@code size} x {@code size} pixels. */
    public static BufferedImage appIcon(int size) {
        return render(appDocument(), size);
    }

    /** The app mark at the sizes window managers pick from (16 to 128 px). */
    public static List<BufferedImage> windowIcons() {
        List<BufferedImage> icons = new ArrayList<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128}) {
            icons.add(appIcon(size));
        }
        return icons;
    }

    static BufferedImage render(SVGDocument document, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("icon size must be positive, was " + size);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.render(null, g, new ViewBox(0, 0, size, size));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static SVGDocument appDocument() {
        SVGDocument document = appIcon;
        if (document == null) {
            URL url = Objects.requireNonNull(AppIcons.class.getResource(APP_ICON), APP_ICON + " missing from the build");
            document = Objects.requireNonNull(new SVGLoader().load(url), "cannot parse " + APP_ICON);
            appIcon = document;
        }
        return document;
    }
}
