package dev.unhunch.app;

import dev.unhunch.platform.FilePermissions;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.logging.ErrorManager;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * The log file, readable by its owner only: {@code unhunch0.log} (mode 0600) in a directory of
 * mode 0700, moved to {@code unhunch1.log} once it holds {@code limit} bytes. The JDK's
 * {@code FileHandler} would do the rotation, but creates each new file with the umask's mode
 * (usually 0644), and the log names paths and settings values that are nobody else's business.
 * One writer only: the process holding the single-instance lock.
 */
final class PrivateLogFile extends StreamHandler {

    /** The file being written. */
    static final String CURRENT = "unhunch0.log";
    /** The file before it, kept until the next rotation. */
    static final String PREVIOUS = "unhunch1.log";

    private final Path dir;
    private final long limit;
    private long written;

    PrivateLogFile(Path dir, long limit) throws IOException {
        this.dir = dir;
        this.limit = limit;
        setEncoding(StandardCharsets.UTF_8.name());
        FilePermissions.createPrivateDirectories(dir);
        if (Files.exists(dir.resolve(PREVIOUS))) {
            FilePermissions.restrictFile(dir.resolve(PREVIOUS)); // left readable by an older version
        }
        open();
    }

    /** The file being written. */
    Path file() {
        return dir.resolve(CURRENT);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
        if (written >= limit) {
            rotate();
        }
    }

    private void rotate() {
        try {
            Files.move(file(), dir.resolve(PREVIOUS), StandardCopyOption.REPLACE_EXISTING);
            open();
        } catch (IOException | RuntimeException e) {
            reportError("Cannot start a new log file in " + dir, e,
                    ErrorManager.OPEN_FAILURE);
            written = 0; // go on appending to the file open now, and try again after another limit
        }
    }

    private void open() throws IOException {
        Path file = file();
        FileChannel channel = FileChannel.open(file,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                FilePermissions.privateFileAttributes(dir));
        try {
            FilePermissions.restrictFile(file); // a file an older version created with the umask's mode
            written = channel.size();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        setOutputStream(new Counting(Channels.newOutputStream(channel))); // flushes and closes the old one
    }

    /** Counts the bytes written, for the rotation. */
    private final class Counting extends FilterOutputStream {
        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
        }
    }
}
