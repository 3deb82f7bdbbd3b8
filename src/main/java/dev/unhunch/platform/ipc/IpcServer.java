package dev.unhunch.platform.ipc;

import dev.unhunch.core.log.Log;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers requests on a bound Unix domain server channel, one client at a time: on one named
 * daemon thread, or from the thread that calls {@link #serveHereUntilHandedOver()} and then from
 * the poll loop it is {@linkplain #handOver() handed} the socket to (each client then gets a
 * short-lived thread). Each
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
    /** The name of the short-lived thread that answers one client for a poll loop. */
    public static final String COMMAND_THREAD_NAME = "unhunch-command";

    private static final Log LOG = Log.of(IpcServer.class);

    private final ServerSocketChannel server;
    private final IpcHandler handler;
    private final Duration readTimeout;
    private volatile Thread thread;
    private final AtomicLong served = new AtomicLong();
    /** One client at a time, also when each has a thread of its own. */
    private final Object answering = new Object();
    private volatile boolean closed;
    /** Of {@link #serveHereUntilHandedOver()}: SERVING until handed over, or FAILED (serving on). */
    private final AtomicInteger handOver = new AtomicInteger(SERVING);
    private static final int SERVING = 0;
    private static final int HANDED = 1;
    private static final int FAILED = 2;
    private volatile Selector selector;
    private volatile Runnable beforeClose = () -> { };

    private IpcServer(ServerSocketChannel server, IpcHandler handler, Duration readTimeout) {
        this.server = server;
        this.handler = handler;
        this.readTimeout = readTimeout;
    }

    /** Starts serving on an already bound channel, on a thread of its own; the server owns and closes it. */
    public static IpcServer start(ServerSocketChannel bound, IpcHandler handler, Duration readTimeout) {
        IpcServer ipc = prepare(bound, handler, readTimeout);
        Thread own = new Thread(ipc::serve, THREAD_NAME);
        own.setDaemon(true);
        ipc.thread = own;
        own.start();
        return ipc;
    }

    /**
     * A server for an already bound channel that answers nobody until {@link #serveHereUntilHandedOver()}; clients
     * that connect before then wait in the socket's backlog. The server owns and closes the channel.
     */
    public static IpcServer prepare(ServerSocketChannel bound, IpcHandler handler, Duration readTimeout) {
        return new IpcServer(bound, handler, readTimeout);
    }

    /**
     * Waits for clients on the calling thread until {@link #handOver()} or {@link #close()},
     * answering each on a short-lived thread ({@value #COMMAND_THREAD_NAME}).
     *
     * @return true when handed over: from then on the caller serves the socket from its poll loop
     *     with {@link #acceptPending()} whenever {@link #descriptor()} is readable
     */
    public boolean serveHereUntilHandedOver() {
        if (thread != null) {
            throw new IllegalStateException("already serving");
        }
        thread = Thread.currentThread();
        Selector waiting;
        try {
            waiting = Selector.open();
            server.configureBlocking(false);
            server.register(waiting, SelectionKey.OP_ACCEPT);
        } catch (ClosedChannelException e) {
            return false;
        } catch (IOException e) {
            return handedOverOrServeOn("cannot wait for clients with a selector: " + e.getMessage());
        }
        selector = waiting;
        try (waiting) {
            while (!closed && handOver.get() == SERVING) {
                waiting.select();
                waiting.selectedKeys().clear();
                // each on a thread of its own: a command that waits for the engine (status) must
                // not hold up this thread, which is about to become the engine's
                acceptPending();
            }
        } catch (IOException e) {
            selector = null;
            return handedOverOrServeOn("the selector failed: " + e.getMessage());
        } finally {
            selector = null;
        }
        return handOver.get() == HANDED && !closed;
    }

    /**
     * Hands the socket to the poll loop of the thread in {@link #serveHereUntilHandedOver()}, which
     * returns true and serves through {@link #acceptPending()} from then on; clients that connect
     * meanwhile wait in the backlog. Any thread.
     *
     * @return false when that thread could not wait with a selector and serves on by itself
     */
    public boolean handOver() {
        boolean handed = handOver.compareAndSet(SERVING, HANDED);
        Selector waiting = selector;
        if (waiting != null) {
            waiting.wakeup();
        }
        return handed;
    }

    /** After a selector failure: true when handed over already, else serves here until closed. */
    private boolean handedOverOrServeOn(String problem) {
        if (!handOver.compareAndSet(SERVING, FAILED)) {
            return !closed;
        }
        LOG.warn("IPC: " + problem + "; answering on this thread with blocking accepts");
        serveBlocking();
        return false;
    }

    /** Serves with blocking accepts on this thread until closed. */
    private void serveBlocking() {
        try {
            server.configureBlocking(true);
        } catch (IOException e) {
            LOG.warn("Commands from the command line will not work: " + e.getMessage());
            return;
        }
        serve();
    }

    /**
     * The listening socket's descriptor number, for a thread that sleeps in {@code poll()}: found
     * through /proc on Linux, empty elsewhere or when it cannot be told.
     */
    public OptionalInt descriptor() {
        try {
            return server.getLocalAddress() instanceof UnixDomainSocketAddress address
                    ? ProcDescriptors.ofUnixSocket(address.getPath()) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * Accepts the clients waiting now, without blocking, and answers each on a short-lived thread
     * ({@value #COMMAND_THREAD_NAME}), so the poll loop that calls this is never held up by a slow
     * client or by a command that waits for that loop. Call after {@link #handOver()}.
     */
    public void acceptPending() {
        while (!closed) {
            SocketChannel client;
            try {
                client = server.accept(); // non-blocking: null when nobody waits
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("IPC accept failed: " + e.getMessage());
                pause(); // e.g. out of descriptors: the socket stays readable, so do not spin on it
                return;
            }
            if (client == null) {
                return;
            }
            try {
                Thread answerer = new Thread(() -> answerInTurn(client), COMMAND_THREAD_NAME);
                answerer.setDaemon(true);
                answerer.start();
            } catch (OutOfMemoryError | RuntimeException e) { // e.g. "unable to create native thread"
                LOG.warn("IPC: cannot answer a client: " + e);
                closeQuietly(client);
                pause();
                return;
            }
        }
    }

    /**
     * Serves on a thread of its own from now on: the poll loop that served the socket has stopped
     * (its X connection was lost). Any thread.
     */
    public void serveOnOwnThread() {
        if (closed) {
            return;
        }
        try {
            server.configureBlocking(true);
        } catch (IOException e) {
            LOG.warn("Commands from the command line will not work any more: " + e.getMessage());
            return;
        }
        Thread own = new Thread(this::serve, THREAD_NAME);
        own.setDaemon(true);
        thread = own;
        own.start();
        LOG.info("Commands are now answered on a thread of their own");
    }

    /**
     * Serves on the calling thread with blocking accepts until {@link #close()}: for the thread
     * whose poll loop served the socket when that loop ended for good.
     */
    public void serveHereAgain() {
        thread = Thread.currentThread();
        serveBlocking();
    }

    /** Runs {@code action} in {@link #close()} before the socket is closed (to stop polling it first). */
    public void beforeClose(Runnable action) {
        beforeClose = action;
    }

    private static void closeQuietly(SocketChannel client) {
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug(() -> "IPC: closing a client: " + e.getMessage());
        }
    }

    private void answerInTurn(SocketChannel client) {
        synchronized (answering) {
            answer(client);
            served.incrementAndGet();
        }
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
                pause();
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
            beforeClose.run();
        } catch (RuntimeException e) {
            LOG.debug(() -> "IPC: before closing: " + e);
        }
        Selector waiting = selector;
        if (waiting != null) {
            waiting.wakeup();
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug(() -> "IPC: closing the server socket: " + e.getMessage());
        }
    }

    /** Waits for the server thread to end after {@link #close()}. */
    public void join(Duration timeout) throws InterruptedException {
        Thread serving = thread;
        if (serving != null && serving != Thread.currentThread()) {
            serving.join(Math.max(1, timeout.toMillis()));
        }
    }
}
