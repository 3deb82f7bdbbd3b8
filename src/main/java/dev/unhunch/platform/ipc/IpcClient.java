package dev.unhunch.platform.ipc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.function.Consumer;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * Sends one request to the running instance and waits, bounded, for its reply. It never starts
 * anything and never touches the lock, so it cannot get in the way of an app that is starting.
 */
public final class IpcClient {

    /** Long enough for commands that wait on the UI thread, short enough for a terminal. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Path socket;
    private final Duration timeout;

    public IpcClient(Path socket, Duration timeout) {
        this.socket = socket;
        this.timeout = timeout;
    }

    /** Nothing answers on the socket: no file, or a file left by a process that is gone. */
    public static final class NotRunningException extends IOException {
        private static final long serialVersionUID = 1L;

        NotRunningException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The process behind the socket runs as another user: whatever it says is not Unhunch's.
     */
    public static final class UntrustedPeerException extends IOException {
        private static final long serialVersionUID = 1L;

        UntrustedPeerException(String message) {
            super(message);
        }
    }

    /**
     * Sends the request and returns the reply. Protocol errors (timeout, garbled reply) come back
     * as failed replies, not exceptions.
     *
     * @throws NotRunningException when no instance listens on the socket
     * @throws IOException when the connection broke mid-way
     */
    public IpcReply send(IpcRequest request) throws IOException {
        // Connect before encoding: when nothing runs (every normal start of the app) this fails
        // without loading the JSON library, which the start-up of the tray does not need.
        try (LineChannel channel = new LineChannel(connect(), timeout)) {
            String line = IpcCodec.encode(request);
            if (IpcCodec.byteLength(line) > IpcCodec.MAX_LINE_BYTES) {
                return IpcReply.failure(IpcReply.ERROR_TOO_LARGE,
                        "the request is longer than " + IpcCodec.MAX_LINE_BYTES + " bytes");
            }
            return exchange(channel, line);
        }
    }

    /**
     * Sends a {@code follow} request and hands {@code onReply} its reply and then every further
     * line, until the app closes the connection (it quits) or the first reply is a failure. Only
     * the connection and the first reply are bounded by the timeout.
     *
     * @throws NotRunningException when no instance listens on the socket
     * @throws IOException when the connection broke or a line was garbled
     */
    public void follow(IpcRequest request, Consumer<IpcReply> onReply) throws IOException {
        try (LineChannel channel = new LineChannel(connect(), timeout)) {
            IpcReply first = exchange(channel, IpcCodec.encode(request));
            onReply.accept(first);
            if (!first.ok()) {
                return;
            }
            channel.endDeadline();
            while (true) {
                String line = channel.readLine(IpcCodec.MAX_LINE_BYTES);
                if (line == null) {
                    return;
                }
                onReply.accept(IpcCodec.decodeReply(line));
            }
        } catch (IpcProtocolException e) {
            throw new IOException("unreadable line from Unhunch: " + e.getMessage(), e);
        }
    }

    /**
     * Sends a raw line (for tests and fuzzing) and returns the raw reply line, or null when the
     * server closed without replying.
     */
    public String sendRaw(String line) throws IOException, IpcProtocolException {
        try (LineChannel channel = new LineChannel(connect(), timeout)) {
            channel.writeLine(line);
            return channel.readLine(IpcCodec.MAX_LINE_BYTES);
        }
    }

    private IpcReply exchange(LineChannel channel, String line) throws IOException {
        try {
            IOException unsent = null;
            try {
                channel.writeLine(line);
            } catch (IOException e) {
                unsent = e; // a server that turns clients away answers "busy" before reading
            }
            String answer = channel.readLine(IpcCodec.MAX_LINE_BYTES);
            if (answer == null) {
                throw unsent != null ? unsent : new IOException("Unhunch closed the connection without answering");
            }
            return IpcCodec.decodeReply(answer);
        } catch (IpcProtocolException e) {
            if (IpcReply.ERROR_TIMEOUT.equals(e.error())) {
                return IpcReply.failure(IpcReply.ERROR_TIMEOUT,
                        "Unhunch did not answer within " + timeout.toSeconds() + " s");
            }
            return IpcReply.failure(e.error(), "unreadable reply from Unhunch: " + e.getMessage());
        }
    }

    /**
     * Talks only to a process of this user (the kernel's peer credentials): anyone who could put
     * a socket where ours belongs could otherwise answer for Unhunch.
     */
    private void checkPeer(SocketChannel channel) throws IOException {
        if (!channel.supportedOptions().contains(ExtendedSocketOptions.SO_PEERCRED)) {
            return; // Windows: the socket lives in the user's own profile
        }
        UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
        UserPrincipal me = RuntimeDirectory.currentUser();
        if (!peer.user().equals(me)) {
            throw new UntrustedPeerException("the process answering on " + socket + " runs as "
                    + peer.user().getName() + ", not as " + me.getName() + "; not talking to it");
        }
    }

    /**
     * Connects without blocking past the timeout: a blocking connect to an app whose queue of
     * waiting connections is full (it stopped accepting) would otherwise wait for ever.
     */
    private void connectWithin(SocketChannel channel) throws IOException {
        channel.configureBlocking(false);
        if (channel.connect(UnixDomainSocketAddress.of(socket))) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_CONNECT);
            while (!channel.finishConnect()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("Unhunch did not take the connection within " + timeout.toSeconds() + " s");
                }
                selector.select(Math.max(1, left / 1_000_000));
            }
        }
    }

    private SocketChannel connect() throws IOException {
        if (!Files.exists(socket)) {
            throw new NotRunningException("no socket at " + socket, null);
        }
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            connectWithin(channel);
            checkPeer(channel);
            return channel;
        } catch (ConnectException | NoSuchFileException e) {
            channel.close();
            throw new NotRunningException("nothing listens on " + socket, e);
        } catch (SocketException e) {
            channel.close();
            // Windows reports a socket file without a listener this way.
            throw new NotRunningException("cannot connect to " + socket + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
