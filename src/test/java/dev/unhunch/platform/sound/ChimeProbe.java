package dev.unhunch.platform.sound;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Plays both chimes through the real {@link SoundLinePlayer} in a process of its own, for
 * {@link ChimePlayerIT}: prints the monotonic time of each {@code play} call, the process's thread
 * count before, while and after playing, and once idle again, and the CPU time the sound thread used.
 */
public final class ChimeProbe {

    private ChimeProbe() {
    }

    public static void main(String[] args) throws Exception {
        SoundLinePlayer player = new SoundLinePlayer();
        System.out.println("threads before " + osThreads() + ", " + rss());
        for (Chime chime : Chime.values()) {
            long called = System.nanoTime();
            player.play(chime);
            System.out.println("called " + chime + " " + called);
            Thread.sleep(300);
            System.out.println("threads playing " + osThreads());
            Thread.sleep(1200);
            System.out.println("threads after " + osThreads());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("unhunch-sound")) {
                System.out.println("sound thread cpu ms " + threads.getThreadCpuTime(thread.getId()) / 1_000_000);
            }
        }
        Thread.sleep(6000); // the sound thread ends after 5 s without chimes
        System.out.println("threads idle " + osThreads() + " " + Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName).filter(name -> name.contains("ound")).toList() + ", " + rss());
    }

    /** The process's resident memory, from /proc. */
    private static String rss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS"))
                .map(line -> line.replaceAll("\\s+", " ")).findFirst().orElse("VmRSS ?");
    }

    /** The process's OS threads (Java and native), from /proc. */
    private static long osThreads() throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.count();
        }
    }
}
