package dev.unhunch.tools;

import dev.unhunch.ui.icons.AppIcons;
import dev.unhunch.ui.icons.TrayIconState;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Generates every raster icon from the SVG sources in {@code icons/}: app PNGs (16-512 px),
 * {@code unhunch.ico}, {@code unhunch.icns}, tray PNGs at 1x and 2x, and the contact sheet
 * {@code docs/images/icons.png}. Run from the project directory:
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.unhunch.tools.IconExport</pre>
 * Arguments (optional): the output directory (default {@code icons/generated}) and the sheet path.
 */
public final class IconExport {

    static final int[] APP_SIZES = {16, 22, 24, 32, 48, 64, 128, 256, 512};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    /** Tray sizes at 1x (GNOME/KDE/XFCE panels) followed by their 2x HiDPI doubles. */
    static final int[] TRAY_SIZES = {16, 22, 24, 32, 44, 48, 64};

    /** One column of the sheet: a state and, for DUE_SOON, the ring's fill. */
    record Variant(String label, TrayIconState state, double progress) {
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("normal", TrayIconState.NORMAL, 0),
            new Variant("due 0%", TrayIconState.DUE_SOON, 0),
            new Variant("due 30%", TrayIconState.DUE_SOON, 0.3),
            new Variant("due 70%", TrayIconState.DUE_SOON, 0.7),
            new Variant("due 100%", TrayIconState.DUE_SOON, 1),
            new Variant("paused", TrayIconState.PAUSED, 0),
            new Variant("in break", TrayIconState.IN_BREAK, 0));

    private IconExport() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("unhunch.icons.svg", "true"); // render from the sources, not from older PNGs
        Path out = Path.of(args.length > 0 ? args[0] : "icons/generated");
        Path sheet = Path.of(args.length > 1 ? args[1] : "docs/images/icons.png");
        List<Path> written = export(out);
        Files.createDirectories(sheet.toAbsolutePath().getParent());
        ImageIO.write(ContactSheet.render(), "png", sheet.toFile());
        System.out.println("Wrote " + written.size() + " files to " + out + " and the sheet " + sheet);
    }

    /** Writes all generated icons to {@code out}; returns the files written. */
    static List<Path> export(Path out) throws IOException {
        System.setProperty("unhunch.icons.svg", "true");
        Files.createDirectories(out);
        List<Path> written = new java.util.ArrayList<>();
        for (int size : APP_SIZES) {
            written.add(write(out.resolve("unhunch-" + size + ".png"), IconContainers.png(AppIcons.appIcon(size))));
        }
        TreeMap<Integer, byte[]> ico = new TreeMap<>();
        for (int size : ICO_SIZES) {
            ico.put(size, IconContainers.png(AppIcons.appIcon(size)));
        }
        written.add(write(out.resolve("unhunch.ico"), IconContainers.ico(ico)));
        Map<String, byte[]> icns = new LinkedHashMap<>();
        IconContainers.ICNS_TYPES.forEach((type, size) -> icns.put(type, IconContainers.png(AppIcons.appIcon(size))));
        written.add(write(out.resolve("unhunch.icns"), IconContainers.icns(icns)));
        for (TrayIconState state : TrayIconState.values()) {
            String name = state.file().replace(".svg", "");
            for (int size : TRAY_SIZES) {
                // DUE_SOON without progress: the ring's track only; AppIcons draws the arc over it
                written.add(write(out.resolve(name + "-" + size + ".png"),
                        IconContainers.png(AppIcons.trayIcon(state, 0, size))));
            }
        }
        return written;
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return file;
    }

    /** The contact sheet: tray variants at every size on light and dark panels, zooms, app sizes. */
    static final class ContactSheet {
        private static final int CELL = 80;
        private static final int LABEL_W = 90;
        private static final int ZOOM = 6;
        private static final Color LIGHT = new Color(0xEDEFF1);
        private static final Color DARK = new Color(0x2B2E33);

        static BufferedImage render() {
            int columns = VARIANTS.size();
            int blockW = LABEL_W + columns * CELL;
            int zoomCell = 16 * ZOOM + 16;
            int height = 40 + TRAY_SIZES.length * CELL / 2 * 2 + 40 + zoomCell * 2 + 60 + 300;
            BufferedImage sheet = new BufferedImage(blockW * 2 + 20, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = sheet.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int y = 10;
            for (int block = 0; block < 2; block++) {
                int x0 = block * (blockW + 20);
                g.setColor(block == 0 ? LIGHT : DARK);
                g.fillRect(x0, y, blockW, 30 + TRAY_SIZES.length * CELL);
                g.setColor(block == 0 ? Color.BLACK : Color.WHITE);
                for (int c = 0; c < columns; c++) {
                    g.drawString(VARIANTS.get(c).label(), x0 + LABEL_W + c * CELL + 8, y + 20);
                }
                for (int r = 0; r < TRAY_SIZES.length; r++) {
                    int size = TRAY_SIZES[r];
                    int rowY = y + 30 + r * CELL;
                    g.setColor(block == 0 ? Color.BLACK : Color.WHITE);
                    g.drawString(size + " px" + (size > 32 ? " (2x)" : ""), x0 + 8, rowY + CELL / 2);
                    for (int c = 0; c < columns; c++) {
                        Variant v = VARIANTS.get(c);
                        g.drawImage(AppIcons.trayIcon(v.state(), v.progress(), size),
                                x0 + LABEL_W + c * CELL + (CELL - size) / 2, rowY + (CELL - size) / 2, null);
                    }
                }
            }
            y += 40 + TRAY_SIZES.length * CELL;
            g.setColor(Color.BLACK);
            g.drawString("16 px and 22 px enlarged " + ZOOM + "x / 4x (nearest neighbour: every pixel shows)", 8, y);
            y += 10;
            for (int c = 0; c < columns; c++) {
                Variant v = VARIANTS.get(c);
                zoomed(g, AppIcons.trayIcon(v.state(), v.progress(), 16), ZOOM, 8 + c * zoomCell, y, LIGHT);
                zoomed(g, AppIcons.trayIcon(v.state(), v.progress(), 22), 4, 8 + c * zoomCell, y + zoomCell, DARK);
            }
            y += zoomCell * 2 + 20;
            g.setColor(Color.BLACK);
            g.drawString("App icon: 16, 24, 32, 48, 64, 128, 256 px", 8, y);
            y += 10;
            int x = 8;
            for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
                g.drawImage(AppIcons.appIcon(size), x, y + 256 - size, null);
                x += size + 16;
            }
            g.dispose();
            return sheet;
        }

        private static void zoomed(Graphics2D g, BufferedImage icon, int zoom, int x, int y, Color background) {
            int w = icon.getWidth() * zoom;
            g.setColor(background);
            g.fillRect(x, y, w + 8, w + 8);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(icon, x + 4, y + 4, w, w, null);
        }
    }
}
