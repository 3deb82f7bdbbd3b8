package dev.unhunch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.Processes;
import dev.unhunch.testsupport.Tools;
import dev.unhunch.testsupport.Xvfb;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A process whose X server goes away runs the lost-display handler (which removes its socket and
 * says so) and ends with the chosen code, even when another library had replaced the handler.
 * Each case on a private Xvfb that the test stops.
 */
class X11DisplayLostTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"plain", "replaced"})
    void aLostServerRunsTheHandlerAndEndsTheProcess(String variant) throws Exception {
        Assumptions.assumeTrue(Tools.find("Xvfb").isPresent(), "needs Xvfb on the PATH");
        Path marker = tmp.resolve("marker");
        Path socket = Files.writeString(tmp.resolve("unhunch.sock"), "");
        Process child;
        try (Xvfb x = Xvfb.start()) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LostDisplayChild.class.getName(),
                    marker.toString(), socket.toString(), variant).redirectErrorStream(true);
            pb.environment().put("DISPLAY", x.display());
            child = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            try {
                StringBuilder seen = new StringBuilder();
                String line;
                while ((line = out.readLine()) != null && !line.equals("ready")) {
                    seen.append(line).append('\n'); // the log's lines on standard error
                }
                assertThat(line).as("the child's output:\n%s", seen).isEqualTo("ready");
            } catch (AssertionError | RuntimeException e) {
                Processes.stop(child);
                throw e;
            }
        } // the X server stops here
        try {
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("the child ended").isTrue();
        } finally {
            if (child.isAlive()) {
                Processes.stop(child);
            }
        }
        assertThat(child.exitValue()).isEqualTo(LostDisplayChild.EXIT_CODE);
        assertThat(marker).exists();
        assertThat(socket).doesNotExist();
    }
}
