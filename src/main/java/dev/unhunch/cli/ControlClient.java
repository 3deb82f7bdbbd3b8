package dev.unhunch.cli;

import dev.unhunch.platform.Diagnostics;
import dev.unhunch.platform.ipc.IpcClient;
import dev.unhunch.platform.ipc.IpcCodec;
import dev.unhunch.platform.ipc.IpcCommands;
import dev.unhunch.platform.ipc.IpcReply;
import dev.unhunch.platform.ipc.IpcRequest;
import dev.unhunch.platform.ipc.SingleInstance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a command against the running app and prints the outcome: for people by default, as one
 * line of JSON with {@code --json}. Never loads AWT, so it works without a display and starts fast.
 */
public final class ControlClient {

    private final Path runtimeDir;
    private final Duration timeout;
    private static final Duration BUSY_RETRY = Duration.ofMillis(100);

    private final PrintWriter out;
    private final PrintWriter err;

    public ControlClient(Path runtimeDir, Duration timeout, PrintWriter out, PrintWriter err) {
        this.runtimeDir = runtimeDir;
        this.timeout = timeout;
        this.out = out;
        this.err = err;
    }

    /** Sends the command's request, prints the reply, returns the exit code. */
    public int run(ControlCommands.ControlCommand command) {
        IpcRequest request = command.request();
        if (IpcCommands.FOLLOW.equals(request.cmd())) {
            return follow(request, command.json());
        }
        IpcReply reply = send(request);
        print(request.cmd(), reply, command.json());
        return ExitCodes.of(reply);
    }

    /**
     * {@code status --follow}: one line per reply, the short status line or (with {@code --json})
     * the reply as JSON, until the app quits (exit code 0 after its last line, {@code "running":
     * false}) or the connection ends without that line (4, as when it is not running).
     */
    int follow(IpcRequest request, boolean json) {
        long deadline = System.nanoTime() + timeout.toNanos();
        IpcReply[] first = new IpcReply[1];
        boolean[] quit = new boolean[1];
        IpcReply failure = null;
        try {
            do { // a busy app (every client thread or follower place taken) is asked again until the timeout
                if (first[0] != null) {
                    Thread.sleep(BUSY_RETRY.toMillis());
                    first[0] = null;
                }
                followOnce(request, json, first, quit);
            } while (IpcReply.ERROR_BUSY.equals(first[0].error()) && System.nanoTime() < deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = IpcReply.failure(IpcReply.ERROR_INTERNAL, "interrupted");
        } catch (IpcClient.NotRunningException e) {
            failure = IpcReply.failure(IpcReply.ERROR_NOT_RUNNING, "Unhunch is not running.");
        } catch (IpcClient.UntrustedPeerException e) {
            failure = IpcReply.failure(IpcReply.ERROR_REFUSED, e.getMessage());
        } catch (IOException e) {
            failure = IpcReply.failure(IpcReply.ERROR_INTERNAL, "lost the connection to Unhunch: " + e.getMessage());
        }
        if (quit[0]) {
            return ExitCodes.OK;
        }
        if (first[0] != null && first[0].ok()) { // it went away without its last line: crashed or killed
            IpcReply gone = IpcReply.failure(IpcReply.ERROR_NOT_RUNNING, "Unhunch is not running.");
            out.println(json ? IpcCodec.encode(gone) : "not running");
            out.flush();
            return ExitCodes.NOT_RUNNING;
        }
        IpcReply refused = failure != null ? failure : first[0];
        print("status --follow", refused, json);
        return ExitCodes.of(refused);
    }

    /** One connection of {@link #follow}: prints every line after a successful first reply. */
    private void followOnce(IpcRequest request, boolean json, IpcReply[] first, boolean[] quit) throws IOException {
        new IpcClient(SingleInstance.socketPath(runtimeDir), timeout).follow(request, reply -> {
            if (first[0] == null) {
                first[0] = reply;
                if (!reply.ok()) {
                    return; // printed by the caller like any other command's failure
                }
            }
            quit[0] = Boolean.FALSE.equals(reply.data().get("running"));
            out.println(json ? IpcCodec.encode(reply) : printable(reply.message()));
            out.flush();
        });
    }

    /**
     * {@code --diagnose}: the running app's view when there is one; otherwise what can be known
     * here, with {@code running: false} (still exit code 0: the facts were printed).
     */
    public int diagnose(boolean json) {
        IpcReply reply = send(IpcRequest.of(IpcCommands.DIAGNOSE));
        if (IpcReply.ERROR_NOT_RUNNING.equals(reply.error())) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("running", false);
            facts.putAll(Diagnostics.local(runtimeDir));
            facts.put("tray", "unknown (Unhunch is not running)");
            facts.put("idleSource", "unknown (Unhunch is not running; idleSourcePlan lists what it would try)");
            facts.put("idleTime", "unknown (Unhunch is not running)");
            reply = IpcReply.success("Unhunch is not running; these are the facts known without it.", facts);
        }
        print(IpcCommands.DIAGNOSE, reply, json);
        return ExitCodes.of(reply);
    }

    /**
     * The reply, or a made-up failure when nothing answers or the connection breaks. A
     * {@code busy} reply (the app is flooded with connections) is retried until the timeout.
     */
    public IpcReply send(IpcRequest request) {
        long deadline = System.nanoTime() + timeout.toNanos();
        IpcReply reply = sendOnce(request);
        while (IpcReply.ERROR_BUSY.equals(reply.error()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(BUSY_RETRY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            reply = sendOnce(request);
        }
        return reply;
    }

    private IpcReply sendOnce(IpcRequest request) {
        try {
            return new IpcClient(SingleInstance.socketPath(runtimeDir), timeout).send(request);
        } catch (IpcClient.NotRunningException e) {
            return IpcReply.failure(IpcReply.ERROR_NOT_RUNNING, "Unhunch is not running.");
        } catch (IpcClient.UntrustedPeerException e) {
            return IpcReply.failure(IpcReply.ERROR_REFUSED, e.getMessage());
        } catch (IOException e) {
            return IpcReply.failure(IpcReply.ERROR_INTERNAL, "lost the connection to Unhunch: " + e.getMessage());
        }
    }

    private void print(String cmd, IpcReply reply, boolean json) {
        if (json) {
            out.println(IpcCodec.encode(reply));
            out.flush();
            return;
        }
        if (reply.ok()) {
            out.println(printable(reply.message()));
            printData("", reply.data(), widest("", reply.data()));
        } else if (IpcReply.ERROR_NOT_RUNNING.equals(reply.error())) {
            err.println("unhunch: " + printable(reply.message()) + " Start it with 'unhunch'.");
        } else if (IpcReply.ERROR_REFUSED.equals(reply.error())) {
            err.println("unhunch: " + cmd + " refused: " + printable(reply.message()));
        } else {
            err.println("unhunch: " + cmd + " failed (" + printable(reply.error()) + "): " + printable(reply.message()));
        }
        out.flush();
        err.flush();
    }

    private void printData(String prefix, Map<String, Object> data, int width) {
        for (Map.Entry<String, Object> e : data.entrySet()) {
            if (e.getValue() instanceof Map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> nested = (Map<String, Object>) e.getValue();
                printData(prefix + e.getKey() + ".", nested, width);
            } else {
                out.printf("  %-" + width + "s  %s%n", printable(prefix + e.getKey()) + ":", printable(text(e.getValue())));
            }
        }
    }

    /**
     * The text with control characters (C0 but line feed and tab, DEL, C1) shown as U+FFFD: a reply
     * must never move the cursor, retitle the terminal or change its colours.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
            out.appendCodePoint(control ? 0xFFFD : c);
        });
        return out.toString();
    }

    private static String text(Object value) {
        if (value instanceof java.util.Collection<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("; "));
        }
        return String.valueOf(value);
    }

    private static int widest(String prefix, Map<String, Object> data) {
        int width = 1;
        for (Map.Entry<String, Object> e : data.entrySet()) {
            if (e.getValue() instanceof Map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> nested = (Map<String, Object>) e.getValue();
                width = Math.max(width, widest(prefix + e.getKey() + ".", nested));
            } else {
                width = Math.max(width, prefix.length() + e.getKey().length() + 1);
            }
        }
        return width;
    }
}
