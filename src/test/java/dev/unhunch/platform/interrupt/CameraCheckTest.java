package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The camera check's scan of /proc: on a fixture tree, and on the real one with a process of ours. */
class CameraCheckTest {

    @TempDir
    Path dir;

    private Path process(Path proc, String pid, String... targets) throws Exception {
        Path fd = Files.createDirectories(proc.resolve(pid).resolve("fd"));
        for (int i = 0; i < targets.length; i++) {
            Files.createSymbolicLink(fd.resolve(String.valueOf(i)), Path.of(targets[i]));
        }
        return fd;
    }

    private Object ourUid() throws Exception {
        return Files.getAttribute(dir, "unix:uid");
    }

    @Test
    void aProcessHoldingAVideoDeviceMeansTheCameraIsInUse() throws Exception {
        Path proc = Files.createDirectories(dir.resolve("proc"));
        process(proc, "100", "/dev/null", "/dev/pts/1", "socket:[1234]");
        process(proc, "200", "/dev/null", "/dev/video0");
        Files.createDirectories(proc.resolve("self")); // not a pid: passed over
        assertThat(new CameraCheck(proc, CameraCheck.DEVICES, ourUid()).holds()).isTrue();
    }

    @Test
    void noVideoDeviceOpenMeansNoCamera() throws Exception {
        Path proc = Files.createDirectories(dir.resolve("proc"));
        process(proc, "100", "/dev/null", "/dev/videofoo/../null", "/dev/snd/pcmC0D0c");
        process(proc, "101");
        assertThat(new CameraCheck(proc, CameraCheck.DEVICES, ourUid()).holds()).isFalse();
    }

    @Test
    void anotherUsersProcessDoesNotCount() throws Exception {
        Path proc = Files.createDirectories(dir.resolve("proc"));
        process(proc, "200", "/dev/video0");
        assertThat(new CameraCheck(proc, CameraCheck.DEVICES, -4711).holds()).isFalse();
    }

    @Test
    void aFolderWithoutFdsOrAProcessThatEndedIsPassedOver() throws Exception {
        Path proc = Files.createDirectories(dir.resolve("proc"));
        Files.createDirectories(proc.resolve("300")); // no fd folder (ended meanwhile)
        process(proc, "301", "/dev/video2");
        assertThat(new CameraCheck(proc, CameraCheck.DEVICES, ourUid()).holds()).isTrue();
    }

    @Test
    void aRealProcessHoldingAFileThatMatchesThePatternIsSeenAndNotOnceItEnds() throws Exception {
        Path device = Files.createFile(dir.resolve("fake-video0"));
        CameraCheck check = CameraCheck.forCurrentUser(dir.resolve("fake-video*").toString());
        assertThat(check.holds()).isFalse();
        Process holder = new ProcessBuilder("sleep", "60").redirectInput(device.toFile()).start();
        try {
            assertThat(check.holds()).isTrue();
        } finally {
            Processes.stop(holder);
        }
        assertThat(check.holds()).isFalse();
        assertThat(check.availability()).startsWith("available");
    }
}
