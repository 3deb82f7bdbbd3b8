package dev.unhunch.platform.idle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * dbus-java must stay unloaded outside Wayland: the factory and the sleep signal run in a fresh
 * class loader that records every class our code asks for, on X11, Windows and macOS.
 */
class DbusIsolationTest {

    /** Defines dev.unhunch and dbus-java classes itself (child first) and records the dbus ones. */
    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> dbusRequests = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            boolean ours = name.startsWith("dev.unhunch.");
            boolean dbus = name.startsWith("org.freedesktop.dbus");
            if (dbus) {
                dbusRequests.add(name);
            }
            if (!ours && !dbus) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                return loaded;
            }
        }
    }

    private static URL[] testClassPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    @Test
    void nonWaylandEnvironmentsNeverTouchDbusJava() throws Exception {
        try (RecordingLoader loader = new RecordingLoader(testClassPath(), getClass().getClassLoader())) {
            Class<?> environment = loader.loadClass(Environment.class.getName());
            Method of = environment.getMethod("of", String.class, Map.class);
            Class<?> ticker = loader.loadClass("dev.unhunch.core.time.Ticker");
            Method best = loader.loadClass(IdleSources.class.getName()).getMethod("best", environment, ticker);
            Method sleep = loader.loadClass(SleepSignals.class.getName())
                    .getMethod("open", environment, java.util.function.Consumer.class);
            Object systemTicker = ticker.getMethod("system").invoke(null);

            for (Object env : List.of(
                    of.invoke(null, "Linux", Map.of("XDG_SESSION_TYPE", "x11", "DISPLAY", ":0")),
                    of.invoke(null, "Windows 11", Map.of()),
                    of.invoke(null, "Mac OS X", Map.of()))) {
                try (AutoCloseable source = (AutoCloseable) best.invoke(null, env, systemTicker)) {
                    assertThat(source).isNotNull();
                }
            }
            for (Object env : List.of(of.invoke(null, "Windows 11", Map.of()), of.invoke(null, "Mac OS X", Map.of()))) {
                ((AutoCloseable) sleep.invoke(null, env, (java.util.function.Consumer<Boolean>) b -> { })).close();
            }
            assertThat(loader.dbusRequests).isEmpty();

            // the probe itself works: a Wayland plan does reach dbus-java
            Object wayland = of.invoke(null, "Linux", Map.of("XDG_SESSION_TYPE", "wayland", "WAYLAND_DISPLAY", "w-0"));
            ((AutoCloseable) best.invoke(null, wayland, systemTicker)).close();
            assertThat(loader.dbusRequests).isNotEmpty();
        }
    }
}
