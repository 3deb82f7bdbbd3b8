package dev.unhunch.platform;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process for {@link X11DisplayLostTest}: installs the lost-display handler, optionally lets
 * another handler replace it (as GDK does) and takes it back, then talks to the X server until it
 * goes away. Arguments: the marker file to write, the "socket" file to remove, and "replaced" or
 * "plain".
 */
public final class LostDisplayChild {

    /** The exit code the handler halts with. */
    static final int EXIT_CODE = 7;

    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        int XSync(Pointer display, boolean discard);

        Pointer XSetIOErrorHandler(Callback handler);
    }

    /** Like GDK's handler: returning lets Xlib end the process with exit(1). */
    interface Foreign extends Callback {
        int invoke(Pointer display);
    }

    private static final Foreign FOREIGN = display -> 0;

    public static void main(String[] args) throws Exception {
        Path marker = Path.of(args[0]);
        Path socket = Path.of(args[1]);
        X11Display.initThreads();
        Xlib xlib = Native.load("libX11.so.6", Xlib.class);
        boolean installed = X11Display.onConnectionLost(() -> {
            try {
                Files.deleteIfExists(socket);
                Files.writeString(marker, "lost on " + Thread.currentThread().getName());
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }, EXIT_CODE);
        if (args[2].equals("replaced")) {
            xlib.XSetIOErrorHandler(FOREIGN);
            if (!X11Display.reassertConnectionLostHandler()) {
                System.out.println("not taken back");
                System.exit(5);
            }
            if (X11Display.reassertConnectionLostHandler()) {
                System.out.println("taken back twice");
                System.exit(6);
            }
        }
        Pointer display = xlib.XOpenDisplay(null);
        System.out.println(installed && display != null ? "ready" : "no display");
        System.out.flush();
        while (true) {
            xlib.XSync(display, false);
            Thread.sleep(20);
        }
    }
}
