package dev.unhunch.storage;

import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.Notice;
import dev.unhunch.core.settings.Problem;
import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.settings.SettingsCodec;
import dev.unhunch.core.settings.SettingsStore;
import dev.unhunch.platform.AppDirectories;
import dev.unhunch.platform.FilePermissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The settings in {@code settings.properties}, layered over the administrator's defaults file.
 *
 * <p><b>Reading.</b> A bad value (wrong type, out of range) falls back to the layer below and is
 * reported once as a notice; its text stays in the file (see {@link SettingsFileWriter} for what
 * a save writes). A damaged line (not UTF-8, binary, cut off) costs that line only: the other
 * lines are used, the user is told the line's number, and the file is left as it is until a save,
 * which moves it aside to {@code settings.broken-<time>} first (and says so). A file with no
 * readable line at all is moved aside at start and the backup restored when it is readable; the
 * user is told. The administrator's file is read the same way; when it cannot be read in full,
 * the settings it locked when last read in full stay locked ({@link AdminLockMemory}).
 *
 * <p><b>Writing.</b> {@link #save} edits the values that changed in place, keeping the user's
 * comments and unknown keys, replaces the file atomically (through a symbolic link, the link's
 * target) and keeps the previous readable file as {@code settings.properties.bak}; a failure leaves the old file as it was and throws an
 * {@link IOException} whose message says why (read-only folder, disk full).
 *
 * <p><b>Live changes.</b> Listeners hear of every change, from {@link #save} or from an external
 * edit picked up by {@link #startWatching()} or {@link #reloadIfChanged()}. They run on the thread
 * that saved or on the watch's thread ({@code unhunch-settings-watch}), so they must not block; a
 * UI listener hops to its own thread. Our own saves are
 * recognised by their content and do not come back as external edits.
 *
 * <p>Thread-safe.
 */
public final class FileSettingsStore implements SettingsStore, AutoCloseable {

    /** The user's settings file name. */
    public static final String FILE_NAME = "settings.properties";
    /** The previous readable settings file. */
    public static final String BACKUP_NAME = FILE_NAME + ".bak";
    /** How long external edits must settle before they are read. */
    public static final Duration DEBOUNCE = Duration.ofMillis(500);

    private static final Log LOG = Log.of(FileSettingsStore.class);

    private final Path dir;
    private final Path file;
    private final Path backup;
    private final Path adminFile;
    private final BrokenFiles broken;
    private final AdminLockMemory lockMemory;
    private final List<Consumer<Settings>> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> noticed = new HashSet<>();
    private final List<Notice> notices = new ArrayList<>();

    private SettingsLayers.Admin admin = SettingsLayers.Admin.NONE;
    private Map<String, String> userEntries = Map.of();
    private SettingsLayers.User user;
    private byte[] lastSeen;
    /** The last content seen or written that had no damaged line, for the backup. */
    private byte[] lastGood;
    private AutoCloseable watcher;

    /**
     * A store for {@code settings.properties} in {@code configDir}.
     *
     * @param configDir the user's configuration directory; created (mode 0700) on the first save
     * @param adminDefaultsFile the administrator's defaults, or null for none; a missing file is fine
     */
    public FileSettingsStore(Path configDir, Path adminDefaultsFile) {
        this(configDir, adminDefaultsFile, Clock.systemUTC());
    }

    FileSettingsStore(Path configDir, Path adminDefaultsFile, Clock clock) {
        this.dir = configDir;
        this.file = configDir.resolve(FILE_NAME);
        this.backup = configDir.resolve(BACKUP_NAME);
        this.adminFile = adminDefaultsFile;
        this.broken = new BrokenFiles(file, backup, clock);
        this.lockMemory = new AdminLockMemory(configDir);
    }

    /** The store of the running user, with the operating system's admin defaults file. */
    public static FileSettingsStore forCurrentUser() {
        return new FileSettingsStore(AppDirectories.forCurrentUser().config(),
                AdminDefaults.location(System.getProperty("os.name", ""), System.getenv()));
    }

    /** The user's settings file. */
    public Path file() {
        return file;
    }

    /**
     * At the first start, writes the settings file as the commented template: every setting
     * commented out with its default (the administrator's where there is one), so that the file
     * the README and {@code unhunch settings} point to exists and explains itself. Never touches
     * a file or link that is already there.
     *
     * @return true when there was no settings file, so this is the first start
     * @throws IOException when there was none and it could not be written (the first start all
     *     the same)
     */
    public synchronized boolean createIfMissing() throws IOException {
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        SettingsLayers.Admin layer = readAdmin();
        FilePermissions.createPrivateDirectories(dir);
        byte[] template = SettingsFileWriter.render(layer.defaults(), layer.defaults(), layer, Map.of(), Set.of(),
                Map.of());
        if (AtomicFiles.create(file, template)) {
            LOG.info(() -> "First start: wrote the settings template " + file);
        }
        return true;
    }

    /**
     * Reads the admin defaults and the user's file, recovering a broken file as described above.
     * Problems are logged and queued as notices (each distinct one once).
     */
    @Override
    public synchronized SettingsCodec.Decoded load() {
        admin = readAdmin();
        AtomicFiles.deleteTemporaryFiles(file); // left by saves a crash interrupted; one instance per user
        byte[] bytes = readOrReport(file);
        if (bytes != null && nothingReadable(bytes)) {
            bytes = broken.recover(bytes, this::notice);
        }
        adopt(bytes);
        return user.decoded();
    }

    /**
     * The administrator's layer. Read line by line like the user's file; when it cannot be read in
     * full, nothing is unlocked because of it: the settings it locked when last read in full
     * ({@link AdminLockMemory}) stay locked, and the user is told.
     */
    private SettingsLayers.Admin readAdmin() {
        SettingsLayers.AdminFile read = SettingsLayers.readAdminFile(adminFile);
        if (!read.present()) {
            lockMemory.forget();
            return read.admin();
        }
        if (read.damage().isEmpty()) {
            lockMemory.remember(read.admin().locked());
            return read.admin();
        }
        Set<String> kept = new java.util.LinkedHashSet<>(lockMemory.recall());
        kept.removeAll(read.admin().locked());
        notice("The administrator's defaults file " + adminFile + " could not be read in full ("
                + String.join("; ", read.damage()) + "). Its readable lines are used"
                + (kept.isEmpty() ? "" : ", and the settings it locked when last read in full stay locked ("
                        + String.join(", ", new java.util.TreeSet<>(kept)) + ")")
                + ". Please tell your administrator.");
        return read.admin().lockingAlso(kept);
    }

    /** Damaged lines and not one entry that could be read: garbage rather than a file with a slip. */
    private static boolean nothingReadable(byte[] bytes) {
        PropertiesText.Lines lines = PropertiesText.read(bytes);
        return !lines.whole() && lines.entries().isEmpty();
    }

    /** The settings in use, loading them first if needed. */
    public synchronized Settings current() {
        if (user == null) {
            load();
        }
        return user.decoded().settings();
    }

    /**
     * Saves the settings; see {@link SettingsFileWriter} for what goes into the file. Listeners
     * hear of the change before this returns.
     *
     * @throws IllegalArgumentException when {@code settings} break a range or rule
     *     ({@link SettingKeys#validate}); the dialog checks first
     * @throws IOException when the file cannot be written; the old file is then unchanged
     */
    @Override
    public void save(Settings settings) throws IOException {
        List<Problem> invalid = SettingKeys.validate(Objects.requireNonNull(settings, "settings"));
        if (!invalid.isEmpty()) {
            throw new IllegalArgumentException("Not saving invalid settings: " + invalid);
        }
        Settings changed;
        synchronized (this) {
            Settings before = current();
            FilePermissions.createPrivateDirectories(dir);
            byte[] onDisk;
            try {
                onDisk = Files.exists(file) ? Files.readAllBytes(file) : null;
            } catch (IOException e) {
                throw new IOException("Could not save " + file + ": it cannot be read (" + AtomicFiles.reason(e)
                        + "), so it is left as it is.", e);
            }
            Path keep = backup;
            if (onDisk != null && !PropertiesText.isReadable(onDisk)) {
                broken.moveAside(onDisk, this::notice); // never back up or replace a broken file
                keep = null;
                if (lastGood != null) {
                    AtomicFiles.write(backup, lastGood, null); // the last good file we know
                }
            } else if (!Arrays.equals(onDisk, lastSeen)) {
                adopt(onDisk); // edited outside since we last looked: build on that text
            }
            byte[] bytes = keep != null && onDisk != null
                    ? SettingsFileWriter.edit(onDisk, settings, user.decoded().settings(), admin)
                    : SettingsFileWriter.render(settings, user.decoded().settings(), admin, userEntries,
                            user.unusedKeys(), user.decoded().unknown());
            AtomicFiles.write(file, bytes, keep);
            adopt(bytes);
            Settings after = user.decoded().settings();
            changed = after.equals(before) ? null : after;
        }
        fire(changed);
    }

    /** The values of the user's file that could not be used, as last read, each with the value used. */
    public synchronized List<Problem> fileProblems() {
        if (user == null) {
            load();
        }
        return user.decoded().problems();
    }

    @Override
    public Set<String> lockedKeys() {
        synchronized (this) {
            if (user == null) {
                load();
            }
            return admin.locked();
        }
    }

    /**
     * The built-in defaults overlaid with the administrator's file as it was read at the last
     * {@link #load()}, the same layer the locked keys come from, so the two always agree.
     */
    @Override
    public synchronized Settings defaults() {
        if (user == null) {
            load();
        }
        return admin.defaults();
    }

    /**
     * Whether the administrator's file changes a default or locks a key, so the user can be told
     * where {@link #defaults()} come from; false without a file, or with one that has no usable
     * value (missing, unreadable, empty, only bad values).
     */
    public synchronized boolean hasAdminDefaults() {
        if (user == null) {
            load();
        }
        return !admin.defaults().equals(Settings.defaults()) || !admin.locked().isEmpty();
    }

    @Override
    public synchronized List<Notice> takeNotices() {
        List<Notice> out = List.copyOf(notices);
        notices.clear();
        return out;
    }

    /** Adds a listener that hears the new settings after every change. */
    public void addListener(Consumer<Settings> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added before. */
    public void removeListener(Consumer<Settings> listener) {
        listeners.remove(listener);
    }

    /**
     * Reads the file again if its content changed since it was last read or written, and tells
     * the listeners when the settings changed. A cheap alternative to {@link #startWatching()} for
     * a caller that already has a timer: it reads one small file.
     *
     * @return true when the settings changed
     */
    public boolean reloadIfChanged() {
        Settings changed;
        synchronized (this) {
            if (user == null) {
                load();
            }
            byte[] bytes = readOrReport(file);
            if (Arrays.equals(bytes, lastSeen)) {
                return false;
            }
            if (bytes != null && nothingReadable(bytes)) {
                notice("Your settings file " + file + " has an error (" + BrokenFiles.reason(bytes)
                        + "). Unhunch keeps the current settings until it is fixed.");
                return false;
            }
            Settings before = user.decoded().settings();
            adopt(bytes);
            Settings after = user.decoded().settings();
            changed = after.equals(before) ? null : after;
        }
        fire(changed);
        return changed != null;
    }

    /**
     * Watches the settings file with the JDK's watch service (a thread of its own) and reloads it
     * {@link #DEBOUNCE} after an external change settles. Creates the directory (mode 0700) if
     * needed. Stopped by {@link #close()}; a second call while watching does nothing.
     */
    public synchronized void startWatching() throws IOException {
        if (watcher == null) {
            FilePermissions.createPrivateDirectories(dir);
            watcher = new FileWatcher(dir, FILE_NAME, DEBOUNCE, this::reloadIfChanged);
        }
    }

    /** Stops watching. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (Exception e) {
                LOG.warn("Stopping the watch of " + file + " failed", e);
            }
            watcher = null;
        }
    }

    /**
     * Takes the bytes (or null for no file) as the user's layer, line by line: a damaged line
     * costs that line, and the user is told which. The file itself is left as it is; a save moves
     * a damaged file aside first (see {@link #save}).
     */
    private void adopt(byte[] bytes) {
        Map<String, String> entries = Map.of();
        if (bytes != null) {
            PropertiesText.Lines lines = PropertiesText.read(bytes);
            entries = lines.entries();
            if (lines.whole()) {
                lastGood = bytes;
            }
            for (PropertiesText.BadLine bad : lines.damaged()) {
                notice("Your settings file " + file + ": " + bad + "; that line is not used (the file is left as it is).");
            }
        }
        userEntries = entries;
        user = SettingsLayers.user(admin, entries);
        lastSeen = bytes;
        for (Problem p : user.decoded().problems()) {
            notice(Notice.about(p));
        }
    }

    private byte[] readOrReport(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            notice("Cannot read " + path + " (" + AtomicFiles.reason(e) + "); using the default settings.");
            return null;
        }
    }

    private void notice(String message) {
        notice(Notice.of(message));
    }

    private void notice(Notice notice) {
        if (noticed.add(notice.text())) {
            LOG.warn(notice.text());
            notices.add(notice);
        }
    }

    private void fire(Settings changed) {
        if (changed == null) {
            return;
        }
        for (Consumer<Settings> l : listeners) {
            try {
                l.accept(changed);
            } catch (RuntimeException e) {
                LOG.warn("A settings listener failed", e);
            }
        }
    }
}
