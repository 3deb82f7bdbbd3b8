package dev.unhunch.platform.ipc;

import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers requests on a bound Unix domain server channel, one client at a time, on one named
 * daemon thread ({@value #THREAD_NAME}) that blocks in {@code accept()} while nobody asks. Each
 * connection carries one request line and gets one reply line; a client has
 * {@link #DEFAULT_READ_TIMEOUT} to send its line, so a stuck client delays others by at most that.
 * Nothing a client sends can stop the server: bad input gets an error reply, handler failures an
 * {@code internal} reply.
 */
public final class IpcServer implements AutoCloseable {

    /** How long a client may take to send its request. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(2);
    /** The name of the server thread, for thread dumps. */
    public static final String THREAD_NAME = "unhunch-ipc";

    private static final Log LOG = Log.of(IpcServer.class);

    private final ServerSocketChannel server;
    private final IpcHandler handler;
    private final Duration readTimeout;
    private final Thread thread;
    private final AtomicLong served = new AtomicLong();
    private volatile boolean closed;

    private IpcServer(ServerSocketChannel server, IpcHandler handler, Duration readTimeout) {
        this.server = server;
        this.handler = handler;
        this.readTimeout = readTimeout;
        this.thread = new Thread(this::serve, THREAD_NAME);
        thread.setDaemon(true);
    }

    /** Starts serving on an already bound channel, on a thread of its own; the server owns and closes it. */
    public static IpcServer start(ServerSocketChannel bound, IpcHandler handler, Duration readTimeout) {
        IpcServer ipc = new IpcServer(bound, handler, readTimeout);
        ipc.thread.start();
        return ipc;
    }

    /** Number of connections answered so far (for tests and diagnostics). */
    public long served() {
        return served.get();
    }

    private void serve() {
        while (!closed) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("IPC accept failed: " + e.getMessage());
                pause(); // e.g. out of descriptors: do not spin on it
                continue;
            }
            answer(client);
            served.incrementAndGet();
        }
    }

    private void answer(SocketChannel client) {
        Runnable afterReply = () -> { };
        try (LineChannel line = new LineChannel(client, readTimeout)) {
            IpcReply reply;
            try {
                String text = line.readLine(IpcCodec.MAX_LINE_BYTES);
                if (text == null) {
                    return;
                }
                IpcRequest request = IpcCodec.decodeRequest(text);
                IpcHandler.Handled handled = handle(request);
                reply = handled.reply();
                afterReply = handled.afterReply();
            } catch (IpcProtocolException e) {
                LOG.debug(() -> "IPC: rejected a message: " + e.getMessage());
                reply = e.toReply();
            }
            String encoded = IpcCodec.encode(reply);
            if (IpcCodec.byteLength(encoded) > IpcCodec.MAX_LINE_BYTES) {
                encoded = IpcCodec.encode(IpcReply.failure(IpcReply.ERROR_INTERNAL, "the reply was too large to send"));
            }
            line.writeLine(encoded);
        } catch (IOException | RuntimeException e) {
            LOG.debug(() -> "IPC: connection dropped: " + e);
        }
        try {
            afterReply.run();
        } catch (RuntimeException e) {
            LOG.warn("IPC: follow-up action failed", e);
        }
    }

    private IpcHandler.Handled handle(IpcRequest request) {
        try {
            IpcHandler.Handled handled = handler.handle(request);
            if (handled == null || handled.reply() == null) {
                return new IpcHandler.Handled(IpcReply.failure(IpcReply.ERROR_INTERNAL, "no answer for " + request.cmd()));
            }
            return handled;
        } catch (RuntimeException e) {
            LOG.warn("IPC: command '" + request.cmd() + "' failed", e);
            return new IpcHandler.Handled(IpcReply.failure(IpcReply.ERROR_INTERNAL,
                    "the command failed inside Unhunch: " + e.getClass().getSimpleName()));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops accepting; a request in progress is finished or dropped. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug(() -> "IPC: closing the server socket: " + e.getMessage());
        }
    }

    /** Waits for the server thread to end after {@link #close()}. */
    public void join(Duration timeout) throws InterruptedException {
        if (thread != Thread.currentThread()) {
            thread.join(Math.max(1, timeout.toMillis()));
        }
    }
}
