package dev.unhunch.platform.ipc;

import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers requests on a bound Unix domain server channel. One named daemon thread
 * ({@value #THREAD_NAME}) blocks in {@code accept()} while nobody asks; each connection is then
 * read and answered by one of at most {@value #MAX_CLIENTS} client threads (made when needed, gone
 * after {@value #IDLE_SECONDS} s without work). Each connection carries one request line and gets
 * one reply line, and has {@link #DEFAULT_READ_TIMEOUT} from its accept to send its line, so
 * silent clients hold a client thread for at most that and delay nobody else. A connection that
 * finds every client thread busy gets a {@code busy} reply at once, and the command line tries
 * again. Handlers run one at a time. Nothing a client sends can stop the server: bad input gets
 * an error reply, handler failures an {@code internal} reply.
 *
 * <p>A {@code follow} request is the exception to one line each way: after its reply the
 * connection moves to {@link IpcFollowers} and its client thread is free again, so followers
 * never take the slots of ordinary commands; the app sends them more lines with
 * {@link #publish(IpcReply)}.
 */
public final class IpcServer implements AutoCloseable {

    /** How long a client may take to send its request, counted from its accept. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(2);
    /** The name of the accepting thread, for thread dumps. */
    public static final String THREAD_NAME = "unhunch-ipc";
    /** Connections read and answered at the same time; more get a {@code busy} reply. */
    public static final int MAX_CLIENTS = 4;
    private static final int IDLE_SECONDS = 10;

    private static final Log LOG = Log.of(IpcServer.class);

    private final ServerSocketChannel server;
    private final IpcHandler handler;
    private final Duration readTimeout;
    private final Thread thread;
    private final ThreadPoolExecutor clients;
    /** Handlers run one at a time: the app's commands were written for one caller. */
    private final Object handling = new Object();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong turnedAway = new AtomicLong();
    /** Followers stay here after their first reply, holding no client thread. */
    private final IpcFollowers followers = new IpcFollowers();
    private volatile boolean closed;

    private IpcServer(ServerSocketChannel server, IpcHandler handler, Duration readTimeout) {
        this.server = server;
        this.handler = handler;
        this.readTimeout = readTimeout;
        this.thread = new Thread(this::serve, THREAD_NAME);
        thread.setDaemon(true);
        AtomicInteger numbers = new AtomicInteger();
        this.clients = new ThreadPoolExecutor(0, MAX_CLIENTS, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread client = new Thread(task, THREAD_NAME + "-client-" + numbers.incrementAndGet());
                    client.setDaemon(true);
                    return client;
                });
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

    /** Number of connections told {@code busy} so far (for tests and diagnostics). */
    public long turnedAway() {
        return turnedAway.get();
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
            LineChannel line;
            try {
                line = new LineChannel(client, readTimeout); // the deadline runs from now
            } catch (IOException | RuntimeException e) {
                LOG.debug(() -> "IPC: cannot read a client: " + e);
                closeQuietly(client);
                continue;
            }
            try {
                clients.execute(() -> answer(line));
            } catch (RejectedExecutionException e) {
                turnAway(line);
            } catch (OutOfMemoryError | RuntimeException e) { // e.g. "unable to create native thread"
                LOG.warn("IPC: cannot answer a client now: " + e);
                turnAway(line);
                pause();
            }
        }
    }

    /** On the accepting thread: a one-line reply fits the fresh socket's buffer, so this never waits. */
    private void turnAway(LineChannel line) {
        turnedAway.incrementAndGet();
        try (line) {
            line.writeLine(IpcCodec.encode(IpcReply.failure(IpcReply.ERROR_BUSY,
                    "Unhunch is answering other commands; try again in a moment")));
        } catch (IOException | RuntimeException e) {
            LOG.debug(() -> "IPC: a busy reply was not taken: " + e);
        }
    }

    private void answer(LineChannel line) {
        Runnable afterReply = () -> { };
        boolean kept = false;
        try {
            IpcReply reply;
            boolean follow = false;
            try {
                String text = line.readLine(IpcCodec.MAX_LINE_BYTES);
                if (text == null) {
                    return;
                }
                IpcRequest request = IpcCodec.decodeRequest(text);
                IpcHandler.Handled handled;
                synchronized (handling) {
                    handled = handle(request);
                }
                reply = handled.reply();
                afterReply = handled.afterReply();
                follow = reply.ok() && IpcCommands.FOLLOW.equals(request.cmd());
            } catch (IpcProtocolException e) {
                LOG.debug(() -> "IPC: rejected a message: " + e.getMessage());
                reply = e.toReply();
            }
            String encoded = IpcCodec.encode(reply);
            if (IpcCodec.byteLength(encoded) > IpcCodec.MAX_LINE_BYTES) {
                encoded = IpcCodec.encode(IpcReply.failure(IpcReply.ERROR_INTERNAL, "the reply was too large to send"));
                follow = false;
            }
            if (follow) {
                // On the list and first line out under one lock: a published line cannot overtake
                // the first one. A full list gets a refusal instead.
                synchronized (followers) {
                    kept = followers.add(line);
                    line.writeLine(kept ? encoded : IpcCodec.encode(IpcReply.failure(IpcReply.ERROR_BUSY,
                            IpcFollowers.MAX_FOLLOWERS + " clients already follow the status; stop one first")));
                }
            } else {
                line.writeLine(encoded);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug(() -> "IPC: connection dropped: " + e);
        } finally {
            served.incrementAndGet();
            if (!kept) {
                closeQuietly(line);
            }
        }
        try {
            afterReply.run();
        } catch (RuntimeException e) {
            LOG.warn("IPC: follow-up action failed", e);
        }
    }

    /**
     * Sends a reply line to every {@code status --follow} client without waiting (see
     * {@link IpcFollowers}); any thread. Does nothing while nobody follows.
     */
    public void publish(IpcReply reply) {
        synchronized (followers) {
            if (followers.count() > 0) {
                followers.publish(IpcCodec.encode(reply));
            }
        }
    }

    /** Number of {@code status --follow} clients connected now (for tests and diagnostics). */
    public int followers() {
        return followers.count();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug(() -> "IPC: closing a client: " + e.getMessage());
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

    /**
     * Stops accepting; a request in progress is finished or dropped. Followers get a last line
     * ({@code "running": false}) and are closed.
     */
    @Override
    public void close() {
        closed = true;
        synchronized (followers) {
            followers.close(IpcCodec.encode(IpcReply.success("Unhunch quit.", Map.of("running", false))));
        }
        clients.shutdown();
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
