package dev.unhunch.app;

import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.SettingKey;
import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.settings.SettingsCodec;
import dev.unhunch.platform.autostart.Autostart;
import dev.unhunch.storage.AtomicFiles;
import dev.unhunch.storage.BrokenFileException;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.storage.PropertiesText;
import dev.unhunch.ui.settings.ImportPreview;
import dev.unhunch.ui.settings.SettingsPort;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings dialog's port over the settings file: apply is an atomic save (the store tells
 * its listeners), the autostart entry follows its toggle, and imports are checked before they
 * change anything.
 */
final class StoreSettingsPort implements SettingsPort {

    private static final Log LOG = Log.of(StoreSettingsPort.class);
    private static final String ADMIN_LOCK_KEY = "locked";

    private final FileSettingsStore store;
    private final Autostart autostart;
    private final List<String> launchCommand;

    /**
     * @param autostart the desktop's autostart entry, or null to leave it alone
     * @param launchCommand how the desktop starts Unhunch, for the autostart entry
     */
    StoreSettingsPort(FileSettingsStore store, Autostart autostart, List<String> launchCommand) {
        this.store = store;
        this.autostart = autostart;
        this.launchCommand = List.copyOf(launchCommand);
    }

    @Override
    public Settings current() {
        return store.current();
    }

    @Override
    public List<dev.unhunch.core.settings.Problem> fileProblems() {
        return store.fileProblems();
    }

    @Override
    public Set<String> lockedKeys() {
        return store.lockedKeys();
    }

    @Override
    public Settings defaults() {
        return store.defaults();
    }

    @Override
    public boolean defaultsFromAdministrator() {
        return store.hasAdminDefaults();
    }

    @Override
    public void apply(Settings settings) throws IOException {
        boolean autostartBefore = store.current().autostart();
        store.save(settings);
        boolean autostartNow = store.current().autostart();
        if (autostart != null && (autostartNow != autostartBefore || autostartNow != autostartEntry())) {
            try {
                autostart.set(autostartNow, launchCommand);
            } catch (IOException e) {
                throw new IOException("The settings were saved, but the autostart entry could not be "
                        + (autostartNow ? "added" : "removed") + ": " + e.getMessage(), e);
            }
        }
    }

    private boolean autostartEntry() {
        try {
            return autostart.isEnabled();
        } catch (IOException e) {
            LOG.warn("Cannot tell whether the autostart entry is there: " + e.getMessage());
            return false;
        }
    }

    @Override
    public String location() {
        return store.file().toString();
    }

    @Override
    public ImportPreview previewImport(File file) {
        Map<String, String> entries;
        try {
            entries = PropertiesText.parse(Files.readAllBytes(file.toPath()));
        } catch (IOException e) {
            return ImportPreview.refused("it cannot be read (" + e.getMessage() + ")");
        } catch (BrokenFileException e) {
            return ImportPreview.refused(e.getMessage());
        }
        Settings before = store.current();
        Set<String> locked = store.lockedKeys();
        Settings.Builder builder = before.toBuilder();
        List<String> notes = new ArrayList<>();
        int known = 0;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            Optional<SettingKey<?>> key = SettingKeys.byName(entry.getKey());
            if (key.isEmpty()) {
                if (!entry.getKey().equals(ADMIN_LOCK_KEY)) {
                    notes.add("unknown setting '" + entry.getKey() + "' left out");
                }
                continue;
            }
            known++;
            if (locked.contains(entry.getKey())) {
                notes.add(entry.getKey() + " is locked by your administrator and stays as it is");
                continue;
            }
            try {
                key.get().setText(builder, entry.getValue());
            } catch (IllegalArgumentException e) {
                return ImportPreview.refused(e.getMessage());
            }
        }
        if (known == 0) {
            return ImportPreview.refused("it holds no Unhunch settings");
        }
        Settings after = builder.build();
        List<dev.unhunch.core.settings.Problem> problems = SettingKeys.validate(after);
        if (!problems.isEmpty()) {
            return ImportPreview.refused(problems.get(0).message());
        }
        return ImportPreview.of(after, changes(before, after), notes);
    }

    /** One line per setting that differs, e.g. {@code micro.interval: 20m → 25m}. */
    static List<String> changes(Settings before, Settings after) {
        List<String> lines = new ArrayList<>();
        for (SettingKey<?> key : SettingKeys.ALL) {
            String was = key.text(before);
            String now = key.text(after);
            if (!was.equals(now)) {
                lines.add(key.key() + ": " + shown(was) + " \u2192 " + shown(now));
            }
        }
        return lines;
    }

    private static String shown(String text) {
        return text.isEmpty() ? "(empty)" : text;
    }

    @Override
    public void export(Settings settings, File file) throws IOException {
        PropertiesText.Builder text = new PropertiesText.Builder().comment("Unhunch settings").blank();
        SettingsCodec.encode(settings).forEach(text::entry);
        AtomicFiles.write(file.toPath(), text.toBytes(), null);
    }
}
