package dev.unhunch.ui.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.stretch.Posture;
import dev.unhunch.core.stretch.Side;
import dev.unhunch.core.stretch.Stretch;
import dev.unhunch.core.stretch.StretchCatalog;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders every stretch's step frames to {@code target/illustrations/} and one contact sheet per
 * posture group (light and dark), so that a person can look at them; asserts that every frame
 * actually shows a figure.
 */
class IllustrationSheetsTest {

    static final File OUT = new File("target/illustrations");
    private static final File DOCS = System.getProperty("unhunch.docImages") == null ? null
            : new File(System.getProperty("unhunch.docImages"));
    private static final int CELL_W = 240;
    private static final int CELL_H = 230;
    private static final int LABEL_H = 26;
    private static final int NAME_W = 150;

    private final StretchCatalog catalog = StretchCatalog.bundled();
    private final PoseLibrary poses = PoseLibrary.bundled();

    @Test
    void everyStretchHasAPosePerStep() {
        for (Stretch s : catalog.all()) {
            assertThat(poses.poses(s.id())).as(s.id()).hasSize(s.steps().size());
        }
    }

    @Test
    void rendersEveryFrameWithAVisibleFigure() throws IOException {
        OUT.mkdirs();
        for (FigureColors colors : List.of(FigureColors.light(), FigureColors.dark())) {
            for (Stretch s : catalog.all()) {
                List<Pose> list = poses.poses(s.id());
                for (int i = 0; i < list.size(); i++) {
                    Rectangle2D frame = FigureRenderer.frameFor(list, list.get(i));
                    Pose before = i > 0 && s.steps().get(i).timed() ? list.get(i - 1) : null;
                    BufferedImage img = new BufferedImage(320, 300, BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = img.createGraphics();
                    g.setColor(colors.background());
                    g.fillRect(0, 0, 320, 300);
                    FigureRenderer.paint(g, list.get(i), before, new Rectangle2D.Double(0, 0, 320, 300), colors, frame);
                    g.dispose();
                    assertThat(figurePixels(img, colors.foreground())).as("%s step %d", s.id(), i).isGreaterThan(400);
                    if (colors.equals(FigureColors.light())) {
                        ImageIO.write(img, "png", new File(OUT, s.id() + "-" + i + ".png"));
                    }
                }
            }
        }
    }

    @Test
    void writesContactSheetsPerPostureGroup() throws IOException {
        OUT.mkdirs();
        sheet("seated", Stretch::seated);
        sheet("standing", s -> !s.seated() && s.postures().contains(Posture.STANDING));
        sheet("floor", Stretch::onFloor);
        assertThat(new File(OUT, "stretches-seated.png")).exists();
    }

    private void sheet(String group, Predicate<Stretch> filter) throws IOException {
        List<Stretch> rows = catalog.all().stream().filter(filter).toList();
        for (FigureColors colors : List.of(FigureColors.light(), FigureColors.dark())) {
            int cols = rows.stream().mapToInt(s -> s.steps().size() + (s.perSide() ? 1 : 0)).max().orElse(1);
            BufferedImage img = new BufferedImage(NAME_W + cols * CELL_W, rows.size() * (CELL_H + LABEL_H),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(colors.background());
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            for (int r = 0; r < rows.size(); r++) {
                Stretch s = rows.get(r);
                int y = r * (CELL_H + LABEL_H);
                g.setColor(colors.toward(0.85));
                g.drawLine(0, y, img.getWidth(), y);
                g.setColor(colors.foreground());
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
                drawWrapped(g, s.name(), 8, y + 24, NAME_W - 12);
                // a stretch done on each side shows its left side first, as the break does
                List<Pose> list = poses.poses(s.id(), s.perSide() ? Side.LEFT : Side.NONE);
                List<Pose> other = poses.poses(s.id(), Side.RIGHT);
                List<Pose> all = new java.util.ArrayList<>(list);
                if (s.perSide()) {
                    all.addAll(other);
                }
                List<Pose> framed = all;
                for (int i = 0; i < list.size(); i++) {
                    // the faint "before" figure and arrow only where the step is a movement to do
                    Pose before = i > 0 && s.steps().get(i).timed() ? list.get(i - 1) : null;
                    cell(g, list.get(i), before, FigureRenderer.frameFor(framed, list.get(i)), NAME_W + i * CELL_W, y, colors,
                            (i + 1) + ". " + s.steps().get(i).kind().name().toLowerCase()
                                    + (s.perSide() && i == s.firstCycleIndex() ? ", left side" : ""));
                }
                if (s.perSide()) {
                    int first = s.firstCycleIndex();
                    Pose before = first > 0 ? other.get(first - 1) : null;
                    cell(g, other.get(first), before, FigureRenderer.frameFor(framed, other.get(first)), NAME_W + list.size() * CELL_W, y, colors,
                            "right side");
                }
            }
            g.dispose();
            String suffix = colors.equals(FigureColors.light()) ? "" : "-dark";
            ImageIO.write(img, "png", new File(OUT, "stretches-" + group + suffix + ".png"));
            if (DOCS != null && suffix.isEmpty()) {
                // -Dunhunch.docImages=docs/images refreshes the sheets that docs/stretches.md shows
                ImageIO.write(img, "png", new File(DOCS, "stretches-" + group + ".png"));
            }
        }
    }

    private static void cell(Graphics2D g, Pose pose, Pose before, Rectangle2D frame, int x, int y,
            FigureColors colors, String label) {
        FigureRenderer.paint(g, pose, before, new Rectangle2D.Double(x + 4, y + LABEL_H, CELL_W - 8, CELL_H - 6),
                colors, frame);
        g.setColor(colors.toward(0.35));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(label, x + 8, y + 18);
    }

    private static void drawWrapped(Graphics2D g, String text, int x, int y, int width) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && g.getFontMetrics().stringWidth(line + " " + word) > width) {
                g.drawString(line.toString(), x, y);
                y += 16;
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        g.drawString(line.toString(), x, y);
    }

    /** Pixels close to the figure colour. */
    static int figurePixels(BufferedImage img, Color fg) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int dr = ((rgb >> 16) & 0xff) - fg.getRed();
                int dg = ((rgb >> 8) & 0xff) - fg.getGreen();
                int db = (rgb & 0xff) - fg.getBlue();
                if (dr * dr + dg * dg + db * db < 900) {
                    n++;
                }
            }
        }
        return n;
    }
}
