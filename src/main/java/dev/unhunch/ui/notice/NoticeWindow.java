package dev.unhunch.ui.notice;

import dev.unhunch.ui.theme.Themes;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.icons.AppIcons;
import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/**
 * A small, non-modal message window for things the user should know once — a setting that was
 * out of range and what was used instead, a damaged settings file that was moved aside. It does
 * not block the app and does not take focus from what the user is typing.
 */
public final class NoticeWindow {

    public static final String WINDOW_NAME = "unhunch.notice";

    private NoticeWindow() {
    }

    /** Shows the lines under a title; call on the EDT. */
    public static JDialog show(String title, List<String> lines) {
        Themes.ensureInstalled();
        JDialog dialog = new JDialog((java.awt.Frame) null, title, false);
        dialog.setName(WINDOW_NAME);
        dialog.setIconImages(AppIcons.windowIcons());
        dialog.setAutoRequestFocus(false);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);

        JTextArea text = new JTextArea(String.join("\n\n", lines));
        text.setName("notice.text");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setColumns(48);
        text.setRows(Math.min(12, 2 + lines.size() * 3));
        text.setOpaque(false);

        JButton ok = new JButton(Texts.text("settings.ok"));
        ok.setName("notice.ok");
        ok.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel();
        buttons.add(ok);

        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 14, 10, 14));
        JScrollPane scroll = new JScrollPane(text);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        content.add(scroll, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        content.registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.pack();
        dialog.setLocationRelativeTo(null);
        dialog.setVisible(true);
        return dialog;
    }
}
