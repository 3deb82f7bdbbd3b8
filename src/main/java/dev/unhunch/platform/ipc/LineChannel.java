package dev.unhunch.platform.ipc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads and writes newline-terminated UTF-8 lines on a socket channel with a deadline, so a
 * silent or endless peer can hold either side for at most the given time. Unix domain channels
 * have no socket timeout option, so the channel is switched to non-blocking mode and waited on
 * with a selector.
 */
final class LineChannel implements AutoCloseable {

    private final SocketChannel channel;
    private final Selector selector;
    private long deadline;
    /** Bytes read but not yet returned, between position and limit (a read may bring two lines). */
    private final ByteBuffer buffer = ByteBuffer.allocate(4096).flip();

    /** Takes over the channel; every read and write must finish within {@code timeout}. */
    LineChannel(SocketChannel channel, Duration timeout) throws IOException {
        this.channel = channel;
        this.deadline = System.nanoTime() + timeout.toNanos();
        channel.configureBlocking(false);
        this.selector = Selector.open();
    }

    /**
     * The next line without its newline, or null when the peer closed before sending any byte.
     *
     * @throws IpcProtocolException when the line is longer than {@code maxBytes}, is not UTF-8,
     *     ends without a newline, or does not arrive in time
     */
    String readLine(int maxBytes) throws IOException, IpcProtocolException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        while (true) {
            if (!buffer.hasRemaining()) {
                buffer.clear();
                int n = channel.read(buffer);
                buffer.flip();
                if (n < 0) {
                    if (line.size() == 0) {
                        return null;
                    }
                    throw new IpcProtocolException(IpcReply.ERROR_BAD_REQUEST, "message not terminated by a newline");
                }
                if (n == 0) {
                    await(SelectionKey.OP_READ);
                    continue;
                }
            }
            while (buffer.hasRemaining()) {
                byte b = buffer.get();
                if (b == '\n') {
                    return decode(line.toByteArray());
                }
                if (line.size() >= maxBytes) {
                    throw new IpcProtocolException(IpcReply.ERROR_TOO_LARGE,
                            "message longer than " + maxBytes + " bytes");
                }
                line.write(b);
            }
        }
    }

    /**
     * Lifts the deadline for the reads that follow: a {@code status --follow} client waits for
     * lines for as long as the app runs.
     */
    void endDeadline() {
        deadline = System.nanoTime() + Long.MAX_VALUE / 2;
    }

    /** Writes the line and a newline. */
    void writeLine(String text) throws IOException {
        ByteBuffer out = ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8));
        while (out.hasRemaining()) {
            if (channel.write(out) == 0) {
                try {
                    await(SelectionKey.OP_WRITE);
                } catch (IpcProtocolException e) {
                    throw new IOException("the peer did not read the reply in time", e);
                }
            }
        }
    }

    private void await(int op) throws IOException, IpcProtocolException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new IpcProtocolException(IpcReply.ERROR_TIMEOUT, "no complete message in time");
        }
        SelectionKey key = channel.register(selector, op);
        try {
            selector.select(Math.max(1, left / 1_000_000));
            if (Thread.interrupted()) {
                throw new InterruptedIOException("interrupted while waiting on the socket");
            }
        } finally {
            key.interestOps(0);
            selector.selectedKeys().clear();
        }
    }

    private static String decode(byte[] bytes) throws IpcProtocolException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IpcProtocolException(IpcReply.ERROR_BAD_REQUEST, "message is not UTF-8 text");
        }
    }

    /**
     * Writes the line and a newline without waiting, for a follower (IpcFollowers): true when it
     * went out whole; false when the peer is gone or has stopped reading (its socket buffer, some
     * hundred lines, is full). A half-written line is never completed: the caller drops the peer.
     */
    boolean offerLine(String text) {
        ByteBuffer out = ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            channel.write(out);
            return !out.hasRemaining();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the peer has closed its end (or sent something, which a follower never does): a
     * non-blocking read that does not wait.
     */
    boolean peerGone() {
        try {
            return channel.read(ByteBuffer.allocate(1)) != 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** Closes the selector and the channel. */
    @Override
    public void close() throws IOException {
        try {
            selector.close();
        } finally {
            channel.close();
        }
    }
}
