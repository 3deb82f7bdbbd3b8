package dev.unhunch.platform.interrupt;

import dev.unhunch.core.breaks.Interruption;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A program of this user holds a camera open: some {@code /proc/PID/fd/N} of a process owned by
 * this user links to a path matching the device pattern ({@code /dev/video*} by default). Only the
 * user's own processes can be read this way, which is what is wanted. Reads nothing but link
 * names; processes that end while it looks are passed over.
 */
final class CameraCheck implements InterruptionCheck {

    /** The camera devices of Video4Linux. */
    static final String DEVICES = "/dev/video*";

    private final Path proc;
    private final PathMatcher devices;
    private final String pattern;
    private final Object owner;

    /**
     * @param proc the {@code /proc} tree (tests pass a fixture)
     * @param pattern a glob for the device paths, e.g. {@code /dev/video*}
     * @param owner the uid whose processes count ({@code unix:uid} of the process folder)
     */
    CameraCheck(Path proc, String pattern, Object owner) {
        this.proc = proc;
        this.pattern = pattern;
        this.devices = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        this.owner = owner;
    }

    /** The real {@code /proc}, the given device pattern, this user's processes. */
    static CameraCheck forCurrentUser(String pattern) {
        Path proc = Path.of("/proc");
        Object uid;
        try {
            uid = Files.getAttribute(proc.resolve("self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            uid = null;
        }
        return new CameraCheck(proc, pattern, uid);
    }

    @Override
    public Interruption kind() {
        return Interruption.CAMERA;
    }

    @Override
    public boolean holds() throws CheckFailedException {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, CameraCheck::isPid)) {
            for (Path process : processes) {
                if (ours(process) && holdsDevice(process.resolve("fd"))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new CheckFailedException("cannot list " + proc + ": " + e.getMessage());
        }
    }

    private static boolean isPid(Path p) {
        String name = p.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    private boolean ours(Path process) {
        try {
            return owner == null || owner.equals(Files.getAttribute(process, "unix:uid",
                    java.nio.file.LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException e) {
            return false; // ended meanwhile
        }
    }

    private boolean holdsDevice(Path fds) {
        try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
            for (Path link : links) {
                try {
                    if (devices.matches(Files.readSymbolicLink(link))) {
                        return true;
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // closed meanwhile, or not a link
                }
            }
        } catch (IOException e) {
            // ended meanwhile, or another user's
        }
        return false;
    }

    @Override
    public String availability() {
        return Files.isDirectory(proc) ? "available (open " + pattern + " devices in " + proc + ")"
                : "unavailable (no " + proc + ")";
    }
}
