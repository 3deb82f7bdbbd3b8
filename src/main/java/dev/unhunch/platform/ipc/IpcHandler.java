package dev.unhunch.platform.ipc;

/**
 * What the {@link IpcServer} calls for each well-formed request. It runs on the server's one
 * thread, so it must answer promptly (hop to other threads with a bounded wait).
 */
@FunctionalInterface
public interface IpcHandler {

    /** Carries the request out; exceptions become an {@code internal} error reply. */
    Handled handle(IpcRequest request);

    /**
     * The reply and what to do once it has been sent (for example quitting, which must not
     * start before the client has its answer).
     */
    record Handled(IpcReply reply, Runnable afterReply) {

        /** A reply with nothing to do afterwards. */
        public Handled(IpcReply reply) {
            this(reply, () -> { });
        }
    }
}
