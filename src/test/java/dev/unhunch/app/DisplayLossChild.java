package dev.unhunch.app;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.unhunch.platform.X11Display;
import java.nio.file.Path;

/**
 * A process for {@link DisplayLossTest}: the app's log and lost-display handling as the start
 * path sets them up, then an X connection that is used until its server goes away. Arguments:
 * the state directory (for the log) and the socket file.
 */
public final class DisplayLossChild {

    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        int XSync(Pointer display, boolean discard);
    }

    public static void main(String[] args) throws Exception {
        X11Display.initThreads();
        Logging.configure(Path.of(args[0]));
        boolean installed = DisplayLoss.install(Path.of(args[1]));
        Xlib xlib = Native.load("libX11.so.6", Xlib.class);
        Pointer display = xlib.XOpenDisplay(null);
        System.out.println(installed && display != null ? "ready" : "no display");
        System.out.flush();
        while (true) {
            xlib.XSync(display, false);
            DisplayLoss.reassert();
            Thread.sleep(20);
        }
    }
}
