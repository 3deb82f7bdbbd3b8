package dev.unhunch.ui.about;

import dev.unhunch.core.AppInfo;
import dev.unhunch.ui.icons.AppIcons;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
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
     * @param details lines such as "Idle source: X11 XScreenSaver" shown under the version
     */
    public static JFrame show(List<String> details) {
        if (current != null && current.isDisplayable()) {
            current.toFront();
            return current;
        }
        JFrame frame = new JFrame("About " + AppInfo.NAME);
        frame.setName(WINDOW_NAME);
        frame.setIconImages(AppIcons.windowIcons());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);

        JPanel text = new JPanel();
        text.setLayout(new BoxLayout(text, BoxLayout.Y_AXIS));
        JLabel title = new JLabel(AppInfo.NAME + " " + AppInfo.version());
        title.setName("about.title");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() * 1.5f));
        text.add(title);
        text.add(new JLabel("Short desk stretches after real keyboard and mouse activity."));
        text.add(Box.createVerticalStrut(10));
        for (String line : details) {
            text.add(new JLabel(line));
        }
        text.add(Box.createVerticalStrut(10));
        text.add(new JLabel("Stretch guidance is based on:"));
        text.add(new JLabel("\u2022 \u201cUpper Back Stretches To Relieve Back Pain\u201d, Sherwin Garcia, 8 Dec 2020"));
        text.add(new JLabel("\u2022 \u201cStretches For Upper Back Pain\u201d, Chloe Wilson BSc (Hons) Physiotherapy, updated 17 Jan 2023"));
        text.add(Box.createVerticalStrut(6));
        text.add(new JLabel("Stop any stretch that hurts. If pain persists or gets worse, see a doctor."));

        JButton close = new JButton("Close");
        close.setName("about.close");
        close.setMnemonic('C');
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
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        current = frame;
        return frame;
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
