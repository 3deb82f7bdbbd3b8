package dev.unhunch.platform.ipc;

/** A line that is not a valid message; carries the error code to reply with. */
public final class IpcProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String error;

    public IpcProtocolException(String error, String message) {
        super(message);
        this.error = error;
    }

    /** One of the {@code IpcReply.ERROR_*} codes. */
    public String error() {
        return error;
    }

    /** The reply that tells the peer what was wrong. */
    public IpcReply toReply() {
        return IpcReply.failure(error, getMessage());
    }
}
