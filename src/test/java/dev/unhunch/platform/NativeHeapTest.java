package dev.unhunch.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;

/** glibc's malloc_trim through JNA, on the real C heap. */
class NativeHeapTest {

    @Test
    void freedSmallBlocksAreHandedBack() {
        assumeTrue(Platform.isLinux(), "glibc only");
        // Small blocks come from a heap arena (large ones are mmapped and go back on free). With
        // the last block still in use, glibc cannot shrink the arena's top on free, so the 20 MB
        // freed below it stay mapped until a trim hands their pages back.
        long[] blocks = new long[80_000];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = Native.malloc(256);
        }
        for (int i = 0; i < blocks.length - 1; i++) {
            Native.free(blocks[i]);
        }
        try {
            assertThat(NativeHeap.trim()).as("malloc_trim released memory").isTrue();
        } finally {
            Native.free(blocks[blocks.length - 1]);
        }
    }
}
