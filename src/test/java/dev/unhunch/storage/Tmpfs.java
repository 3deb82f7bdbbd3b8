package dev.unhunch.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Mounts a small tmpfs for disk-full and read-only tests; needs root and mount(8). */
final class Tmpfs implements AutoCloseable {

    private final Path dir;

    private Tmpfs(Path dir) {
        this.dir = dir;
    }

    /** A mounted tmpfs of the given size, or a reason why there is none. */
    static Object mount(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String out = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", dir.toString());
        return out == null ? new Tmpfs(dir) : "cannot mount a tmpfs (" + out.strip() + ")";
    }

    Path dir() {
        return dir;
    }

    /** Remounts read-only: even root then gets EROFS. */
    void readOnly() throws IOException, InterruptedException {
        String out = run("mount", "-o", "remount,ro", dir.toString());
        if (out != null) {
            throw new IOException("remount failed: " + out);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", dir.toString());
    }

    /** Null on success, else the command's output. */
    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        String out = new String(p.getInputStream().readAllBytes());
        return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + out;
    }
}
