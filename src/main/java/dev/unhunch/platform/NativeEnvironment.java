package dev.unhunch.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import dev.unhunch.core.log.Log;

/**
 * Sets variables in the process environment that native libraries (GTK, AWT's X11 code) read when
 * they load. Java cannot change its own environment, so this goes through libc on Unix.
 */
public final class NativeEnvironment {

    private static final Log LOG = Log.of(NativeEnvironment.class);

    private NativeEnvironment() {
    }

    /** Sets {@code name} unless the user already set it; returns whether it is now set. */
    public static boolean setDefault(String name, String value) {
        if (System.getenv(name) != null || Platform.isWindows()) {
            return System.getenv(name) != null;
        }
        try {
            return LibC.INSTANCE.setenv(name, value, 0) == 0;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.warn("Cannot set " + name + " for native libraries: " + e.getMessage());
            return false;
        }
    }

    private interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int setenv(String name, String value, int overwrite);
    }
}
