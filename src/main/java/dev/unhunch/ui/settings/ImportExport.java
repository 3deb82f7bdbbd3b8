package dev.unhunch.ui.settings;

import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.Texts;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The settings file row of the Advanced tab: where the file is, and Import… / Export…. An import
 * is checked first; the user sees the list of changes and confirms before it is applied, and a
 * broken file is refused with the reason.
 */
final class ImportExport {

    /** Asks the user for a file; null when they cancel. Replaceable for tests. */
    interface FilePicker {
        File pick(java.awt.Component parent, boolean save);
    }

    private final SettingsDialog dialog;
    private final SettingsPort port;
    private FilePicker picker = ImportExport::choose;

    ImportExport(SettingsDialog dialog, SettingsPort port) {
        this.dialog = dialog;
        this.port = port;
    }

    void setPicker(FilePicker picker) {
        this.picker = picker;
    }

    Form addTo(Form form) {
        JTextField location = new JTextField(port.location(), 30);
        location.setName("settings.location");
        location.setEditable(false);
        location.setToolTipText(port.location());
        JButton importButton = LiveTexts.text(new JButton(), "settings.import");
        importButton.setName("settings.import");
        importButton.addActionListener(e -> importFile());
        JButton exportButton = LiveTexts.text(new JButton(), "settings.export");
        exportButton.setName("settings.export");
        exportButton.addActionListener(e -> exportFile());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        buttons.add(importButton);
        buttons.add(javax.swing.Box.createHorizontalStrut(8));
        buttons.add(exportButton);
        return form.row("settings.location", location).row(null, buttons);
    }

    private static File choose(java.awt.Component parent, boolean save) {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.text("settings.fileType"), "properties"));
        if (save) {
            chooser.setSelectedFile(new File("unhunch-settings.properties"));
        }
        int answer = save ? chooser.showSaveDialog(parent) : chooser.showOpenDialog(parent);
        return answer == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile() : null;
    }

    void importFile() {
        File file = picker.pick(dialog, false);
        if (file == null) {
            return;
        }
        ImportPreview preview = port.previewImport(file);
        if (!preview.accepted()) {
            JOptionPane.showMessageDialog(dialog, Texts.text("import.refused", file.getName(), preview.refusal()),
                    Texts.text("import.title"), JOptionPane.ERROR_MESSAGE);
            return;
        }
        if (preview.changes().isEmpty()) {
            JOptionPane.showMessageDialog(dialog, Texts.text("import.same", file.getName()),
                    Texts.text("import.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        List<String> lines = new ArrayList<>(preview.changes());
        preview.notes().forEach(n -> lines.add("(" + n + ")"));
        JList<String> list = new JList<>(lines.toArray(String[]::new));
        list.setName("import.changes");
        list.setVisibleRowCount(Math.min(10, lines.size()));
        JPanel panel = new JPanel(new BorderLayout(0, 8));
        panel.add(new JLabel(Texts.text("import.changes", file.getName())), BorderLayout.NORTH);
        panel.add(new JScrollPane(list), BorderLayout.CENTER);
        Object[] options = {Texts.text("import.apply"), Texts.text("import.cancel")};
        int answer = JOptionPane.showOptionDialog(dialog, panel, Texts.text("import.title"), JOptionPane.DEFAULT_OPTION,
                JOptionPane.QUESTION_MESSAGE, null, options, options[0]);
        if (answer != 0) {
            return;
        }
        try {
            port.apply(preview.settings());
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(dialog, Texts.text("import.notSaved", e.getMessage()),
                    Texts.text("import.title"), JOptionPane.ERROR_MESSAGE);
            return;
        }
        dialog.reloadSaved();
    }

    void exportFile() {
        File file = picker.pick(dialog, true);
        if (file == null) {
            return;
        }
        try {
            port.export(dialog.edited() != null ? dialog.edited() : port.current(), file);
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(dialog, Texts.text("export.failed", file.toString(), e.getMessage()),
                    Texts.text("export.title"), JOptionPane.ERROR_MESSAGE);
        }
    }
}
