package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.cli.ExitCodes;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When its X server goes away, the app says so in its log, removes its socket and exits 1. */
class DisplayLossTest {

    @TempDir
    Path tmp;

    @Test
    void aLostXServerIsLoggedAndTheSocketRemoved() throws Exception {
        Assumptions.assumeTrue(Tools.find("Xvfb").isPresent(), "needs Xvfb on the PATH");
        Path state = tmp.resolve("state/unhunch");
        Path socket = Files.writeString(tmp.resolve("unhunch.sock"), "");
        Process child;
        try (Xvfb x = Xvfb.start()) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), DisplayLossChild.class.getName(),
                    state.toString(), socket.toString()).redirectErrorStream(true);
            pb.environment().put("DISPLAY", x.display());
            child = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                seen.append(line).append('\n');
            }
            if (!"ready".equals(line)) {
                Processes.stop(child);
            }
            assertThat(line).as("the child's output:\n%s", seen).isEqualTo("ready");
        }
        try {
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("the child ended").isTrue();
        } finally {
            if (child.isAlive()) {
                Processes.stop(child);
            }
        }
        assertThat(child.exitValue()).isEqualTo(ExitCodes.REFUSED);
        assertThat(socket).doesNotExist();
        assertThat(Files.readString(state.resolve("unhunch0.log"))).contains("Lost the connection to the X server");
    }
}
