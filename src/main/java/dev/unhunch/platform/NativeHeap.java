package dev.unhunch.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import dev.unhunch.core.log.Log;

/**
 * Gives the C heap's free pages back to the system. GTK, fontconfig and the JVM's class loading
 * free megabytes of short-lived memory while the app starts, but glibc keeps them mapped until
 * told otherwise; an idle tray app should not hold them all day.
 */
public final class NativeHeap {

    private static final Log LOG = Log.of(NativeHeap.class);

    private NativeHeap() {
    }

    /** Asks glibc to release free heap pages; false where there is no glibc (musl, macOS, Windows). */
    public static boolean trim() {
        if (!Platform.isLinux()) {
            return false;
        }
        try {
            return GlibC.INSTANCE.malloc_trim(0) == 1;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.info("Cannot trim the native heap: " + e.getMessage());
            return false;
        }
    }

    private interface GlibC extends Library {
        GlibC INSTANCE = Native.load("c", GlibC.class);

        /** glibc: 1 if memory was released, 0 if not. */
        int malloc_trim(long pad);
    }
}
