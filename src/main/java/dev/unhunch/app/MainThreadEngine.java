package dev.unhunch.app;

import dev.unhunch.core.log.Log;
import dev.unhunch.platform.idle.X11IdleAlarm;
import dev.unhunch.platform.ipc.IpcServer;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Lets the main thread run the engine as well as answer the command line, where the engine sleeps
 * in {@code poll()} on its X connection (Linux/X11): the command socket joins that poll, each
 * command is answered on a short-lived thread, and one thread does all day what took two. The
 * main thread answers the command line while the app starts; the engine is handed to it at the
 * end of the start. Elsewhere the engine keeps a thread of its own and the main thread only
 * answers the command line.
 */
final class MainThreadEngine implements Predicate<BreakRuntime> {

    private static final Log LOG = Log.of(MainThreadEngine.class);

    private final IpcServer commands;
    private final CompletableFuture<BreakRuntime> handed = new CompletableFuture<>();

    MainThreadEngine(IpcServer commands) {
        this.commands = commands;
    }

    /**
     * On the thread that started the app: takes the engine when it sleeps in {@code poll()} and
     * the command socket's descriptor is known.
     */
    @Override
    public boolean test(BreakRuntime runtime) {
        OptionalInt socket = commands.descriptor();
        if (socket.isEmpty()) {
            return false;
        }
        Optional<X11IdleAlarm.Reader> reader = runtime.serveOnEngineThread(socket.getAsInt(),
                commands::acceptPending, commands::serveOnOwnThread);
        if (reader.isEmpty()) {
            return false;
        }
        // stop polling the socket before it is closed: its number may be reused at once
        commands.beforeClose(reader.get()::close);
        if (!commands.handOver()) {
            reader.get().close(); // the main thread serves on by itself; the engine gets its own thread
            return false;
        }
        handed.complete(runtime);
        return true;
    }

    /**
     * On the main thread, for as long as the app runs: answers the command line until the engine
     * is handed over, then runs the engine (which answers the command line from then on). Should
     * the engine's loop end before the app closes it (an error), this thread answers the command
     * line again, as it did before the hand-over: the app stays reachable and can be quit.
     */
    void serveAndRun() {
        if (!commands.serveHereUntilHandedOver()) {
            return;
        }
        BreakRuntime runtime = handed.join();
        LOG.info("The main thread runs the engine and answers the command line");
        try {
            runtime.runHere();
        } catch (RuntimeException | Error e) {
            LOG.error("The engine stopped", e);
        } finally {
            if (!runtime.isClosing()) {
                LOG.warn("The engine's loop ended; answering the command line only from now on");
                commands.serveHereAgain();
            }
        }
    }
}
