package dev.unhunch.ui.tray;

import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.icons.AppIcons;
import java.awt.BorderLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The stand-in for a tray icon on desktops without a tray: a small always-on-top window in the
 * bottom-right corner with the status line and the same menu behind a button.
 */
final class StatusWindow implements TrayPort {

    static final String WINDOW_NAME = "unhunch.statusWindow";
    private final JFrame frame = new JFrame(Texts.text("statusWindow.title"));
    private final JLabel status = new JLabel(Texts.text("tray.starting"));
    private final JLabel icon = new JLabel();
    /** The menu's labelled entries in menu order (depth first), to relabel them in place. */
    private final List<JMenuItem> labelled = new ArrayList<>();
    private final JButton menu = LiveTexts.text(new JButton(), "statusWindow.menu");

    /** Builds and shows the window; call on the EDT. */
    StatusWindow(List<TrayMenuItem> items, IntFunction<byte[]> pngAtSize, Runnable onClose) {
        frame.setName(WINDOW_NAME);
        frame.setAlwaysOnTop(true);
        frame.setType(java.awt.Window.Type.UTILITY);
        frame.setFocusableWindowState(false);
        frame.setIconImages(AppIcons.windowIcons());
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                onClose.run();
            }

            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                fitDecorations();
            }
        });

        JPopupMenu popup = new JPopupMenu();
        addItems(popup, items);
        menu.setName("statusWindow.menu");
        // The window sits at the bottom of the screen, so the menu opens upwards.
        menu.addActionListener(e -> popup.show(menu, 0, -popup.getPreferredSize().height));

        JPanel content = new JPanel(new BorderLayout(8, 0));
        content.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        content.add(icon, BorderLayout.WEST);
        status.setName("statusWindow.status");
        content.add(status, BorderLayout.CENTER);
        content.add(menu, BorderLayout.EAST);
        frame.setContentPane(content);
        setIconNow(pngAtSize);
        // Place before showing: without a window manager a late move confuses input robots.
        frame.setSize(contentWidth(), CONTENT_HEIGHT);
        placeBottomRight();
        frame.setVisible(true);
        // a window manager's frame (GNOME's title bar, ~37 px) is known only once the window is
        // up, sometimes a moment after windowOpened: look once more then
        javax.swing.Timer again = new javax.swing.Timer(700, e -> fitDecorations());
        again.setRepeats(false);
        again.start();
    }

    /** The content's height; Swing counts a window manager's frame into the window's size. */
    private static final int CONTENT_HEIGHT = 56;

    private void placeBottomRight() {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        frame.setLocation(screen.x + screen.width - frame.getWidth() - 16, screen.y + screen.height - frame.getHeight() - 16);
    }

    /**
     * Grows the window by the window manager's frame, so that the frame does not eat the content
     * (on GNOME the status line and the menu button were cut to a sliver), and places it again.
     */
    private void fitDecorations() {
        java.awt.Insets frameInsets = frame.getInsets();
        int width = contentWidth() + frameInsets.left + frameInsets.right;
        int height = CONTENT_HEIGHT + frameInsets.top + frameInsets.bottom;
        if (frame.isDisplayable() && (frame.getWidth() != width || frame.getHeight() != height)) {
            frame.setSize(width, height);
            placeBottomRight();
        }
    }

    /**
     * The content's width for both breaks' countdowns in the language in use ("Micropausa em
     * 20:00, pausa longa em 1:00:00" is wider than the English).
     */
    private int contentWidth() {
        String longest = StatusLine.capitalize(Texts.text("status.join", Texts.text("status.microIn", "20:00"),
                Texts.text("status.longIn", "1:00:00")));
        int text = status.getFontMetrics(status.getFont()).stringWidth(longest);
        return Math.max(440, 8 + icon.getPreferredSize().width + 8 + text + 12 + 8
                + menu.getPreferredSize().width + 8 + 8);
    }

    private void addItems(JComponent menu, List<TrayMenuItem> items) {
        for (TrayMenuItem item : items) {
            if (item.isSeparator()) {
                menu.add(new JPopupMenu.Separator());
            } else if (item.isSubmenu()) {
                JMenu submenu = new JMenu(item.label());
                submenu.setName("statusMenu." + item.label());
                submenu.setEnabled(item.enabled());
                labelled.add(submenu);
                addItems(submenu, item.children());
                menu.add(submenu);
            } else {
                JMenuItem menuItem = new JMenuItem(item.label());
                menuItem.setName("statusMenu." + item.label());
                menuItem.setEnabled(item.enabled());
                labelled.add(menuItem);
                menuItem.addActionListener(e -> item.action().run());
                menu.add(menuItem);
            }
        }
    }

    @Override
    public String kind() {
        return "status window (no system tray)";
    }

    @Override
    public boolean isStatusWindow() {
        return true;
    }

    @Override
    public void setStatus(String text) {
        SwingUtilities.invokeLater(() -> {
            status.setText(text);
            status.setToolTipText(text); // whole, should a long line not fit
        });
    }

    @Override
    public void setIcon(IntFunction<byte[]> pngAtSize) {
        SwingUtilities.invokeLater(() -> setIconNow(pngAtSize));
    }

    private void setIconNow(IntFunction<byte[]> pngAtSize) {
        icon.setIcon(new ImageIcon(pngAtSize.apply(32)));
    }

    @Override
    public void relabel(List<TrayMenuItem> items) {
        List<String> labels = TrayMenuItem.labels(items);
        List<Boolean> enabled = TrayMenuItem.enabledStates(items);
        SwingUtilities.invokeLater(() -> {
            frame.setTitle(Texts.text("statusWindow.title"));
            LiveTexts.relabel(menu);
            fitDecorations(); // the new language's width, plus the window manager's frame
            for (int i = 0; i < labels.size() && i < labelled.size(); i++) {
                labelled.get(i).setText(labels.get(i));
                labelled.get(i).setEnabled(enabled.get(i));
            }
        });
    }

    @Override
    public void shutdown() {
        SwingUtilities.invokeLater(frame::dispose);
    }
}
