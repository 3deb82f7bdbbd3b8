package dev.unhunch.platform.ipc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Finds the descriptor number of this process's listening Unix socket from Linux's /proc: the
 * socket's inode in /proc/net/unix (by its path), then the entry of /proc/self/fd that links to
 * that inode. Java offers no public way to ask a channel for its descriptor, and a thread that
 * already sleeps in {@code poll()} needs it to wait for clients too.
 */
final class ProcDescriptors {

    private static final Path NET_UNIX = Path.of("/proc/net/unix");
    private static final Path OWN_FDS = Path.of("/proc/self/fd");
    /** __SO_ACCEPTCON in the Flags column: the socket listens. */
    private static final long ACCEPTCON = 0x10000;

    private ProcDescriptors() {
    }

    /** The descriptor of the socket bound to {@code socketPath} in this process; empty when not found. */
    static OptionalInt ofUnixSocket(Path socketPath) {
        try {
            OptionalLong inode = inode(Files.readAllLines(NET_UNIX), socketPath.toString());
            if (inode.isEmpty()) {
                return OptionalInt.empty();
            }
            String target = "socket:[" + inode.getAsLong() + "]";
            try (Stream<Path> fds = Files.list(OWN_FDS)) {
                return fds.filter(fd -> target.equals(link(fd)))
                        .mapToInt(fd -> Integer.parseInt(fd.getFileName().toString()))
                        .findFirst();
            }
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * The inode of the listening socket bound to {@code path} in the lines of /proc/net/unix ("Num
     * RefCount Protocol Flags Type St Inode Path"; the path, last, may hold spaces). The sockets of
     * accepted connections carry the same path; only the listening one has the ACCEPTCON flag.
     */
    static OptionalLong inode(List<String> netUnix, String path) {
        for (String line : netUnix) {
            String[] fields = line.trim().split("\\s+", 8);
            if (fields.length == 8 && fields[7].equals(path) && listening(fields[3])) {
                try {
                    return OptionalLong.of(Long.parseLong(fields[6]));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    private static boolean listening(String hexFlags) {
        try {
            return (Long.parseLong(hexFlags, 16) & ACCEPTCON) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String link(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return ""; // closed meanwhile, or not a link
        }
    }
}
