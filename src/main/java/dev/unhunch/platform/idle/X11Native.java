package dev.unhunch.platform.idle;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;

/**
 * The few Xlib and libXss entry points the X11 idle source needs, bound by hand so that nothing
 * else of JNA's X11 mapping is loaded. Only {@link X11IdleSource} uses these.
 */
final class X11Native {

    private X11Native() {
    }

    /** libX11: connection and root window. */
    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        NativeLong XDefaultRootWindow(Pointer display);

        String XDisplayString(Pointer display);
    }

    /** libXss: the MIT-SCREEN-SAVER extension. */
    interface Xss extends Library {
        boolean XScreenSaverQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

        int XScreenSaverQueryInfo(Pointer display, NativeLong drawable, ScreenSaverInfo info);
    }

    /** {@code XScreenSaverInfo}; {@code idle} is the milliseconds since the last input event. */
    @Structure.FieldOrder({"window", "state", "kind", "tilOrSince", "idle", "eventMask"})
    public static class ScreenSaverInfo extends Structure {
        public NativeLong window;
        public int state;
        public int kind;
        public NativeLong tilOrSince;
        public NativeLong idle;
        public NativeLong eventMask;
    }

    static Xlib loadXlib() {
        return load(Xlib.class, "libX11.so.6", "X11");
    }

    static Xss loadXss() {
        return load(Xss.class, "libXss.so.1", "Xss");
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
