package dev.unhunch.ui.about;

import dev.unhunch.ui.theme.Themes;
import dev.unhunch.core.AppInfo;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.icons.AppIcons;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/** The About window: version, what the app is running on, and credits for the stretch sources. */
public final class AboutWindow {

    public static final String WINDOW_NAME = "unhunch.about";
    private static JFrame current;

    private AboutWindow() {
    }

    /**
     * Shows the window, or brings the open one to the front; call on the EDT.
     *
     * @param details lines such as "Activity: X11 SYNC IDLETIME on :0" shown under the version, asked
     *     for again when the language changes
     */
    public static JFrame show(Supplier<List<String>> details) {
        return show(details, true);
    }

    /**
     * As {@link #show(Supplier)}; with {@code takeFocus} false the window comes up without taking
     * the keyboard focus (a second start while the user types elsewhere).
     */
    public static JFrame show(Supplier<List<String>> details, boolean takeFocus) {
        Themes.ensureInstalled();
        if (current != null && current.isDisplayable()) {
            current.setAutoRequestFocus(takeFocus);
            current.toFront();
            return current;
        }
        JFrame frame = new JFrame();
        frame.setName(WINDOW_NAME);
        frame.setIconImages(AppIcons.windowIcons());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        fill(frame, details.get());
        // most lines are computed, so a new language rebuilds the contents
        LiveTexts.follow(frame, () -> {
            fill(frame, details.get());
            frame.pack();
        });
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setAutoRequestFocus(takeFocus);
        frame.setVisible(true);
        frame.setAutoRequestFocus(true); // a click on it later focuses it as usual
        current = frame;
        return frame;
    }

    private static void fill(JFrame frame, List<String> details) {
        frame.setTitle(Texts.text("about.title"));
        JPanel text = new JPanel();
        text.setLayout(new BoxLayout(text, BoxLayout.Y_AXIS));
        JLabel title = new JLabel(AppInfo.NAME + " " + AppInfo.version());
        title.setName("about.title");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() * 1.5f));
        text.add(title);
        text.add(new JLabel(Texts.text("about.tagline")));
        text.add(Box.createVerticalStrut(10));
        for (String line : details) {
            text.add(new JLabel(line));
        }
        text.add(Box.createVerticalStrut(10));
        text.add(new JLabel(Texts.text("about.sources")));
        // titles and authors as the sources give them; only the dates follow the language
        text.add(new JLabel(Texts.text("about.source", "Upper Back Stretches To Relieve Back Pain",
                "Sherwin Garcia", date(LocalDate.of(2020, 12, 8)))));
        text.add(new JLabel(Texts.text("about.sourceUpdated", "Stretches For Upper Back Pain",
                "Chloe Wilson BSc (Hons) Physiotherapy", date(LocalDate.of(2023, 1, 17)))));
        text.add(Box.createVerticalStrut(6));
        text.add(new JLabel(Texts.text("about.safety")));

        JButton close = LiveTexts.text(new JButton(), "about.close");
        close.setName("about.close");
        close.addActionListener(e -> frame.dispose());
        JPanel buttons = new JPanel();
        buttons.add(close);

        JPanel content = new JPanel(new BorderLayout(16, 12));
        content.setBorder(BorderFactory.createEmptyBorder(16, 16, 12, 16));
        content.add(new JLabel(new ImageIcon(AppIcons.appIcon(64))), BorderLayout.WEST);
        content.add(text, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        content.registerKeyboardAction(e -> frame.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        frame.setContentPane(content);
        frame.getRootPane().setDefaultButton(close);
    }

    private static String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Texts.locale()).format(day);
    }

    /** Closes the window if it is open; call on the EDT. */
    public static void close() {
        for (Window window : Window.getWindows()) {
            if (WINDOW_NAME.equals(window.getName())) {
                window.dispose();
            }
        }
        current = null;
    }
}
