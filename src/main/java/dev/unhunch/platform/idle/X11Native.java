package dev.unhunch.platform.idle;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The few Xlib entry points the X11 idle source needs, bound by hand so that nothing else of JNA's
 * X11 mapping is loaded. Only {@link X11IdleAlarm} uses these.
 */
final class X11Native {

    private X11Native() {
    }

    /** libX11: the connection. */
    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        String XDisplayString(Pointer display);
    }

    static Xlib loadXlib() {
        return load(Xlib.class, "libX11.so.6", "X11");
    }

    /** Tries the versioned soname first: the unversioned link only exists with the -dev package. */
    private static <T extends Library> T load(Class<T> type, String... names) {
        UnsatisfiedLinkError first = null;
        for (String name : names) {
            try {
                return Native.load(name, type);
            } catch (UnsatisfiedLinkError e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        throw first;
    }
}
