package dev.unhunch.storage;

/**
 * A settings file that cannot be trusted as a whole: not valid UTF-8, binary content, or lines
 * cut off in the middle. Such a file is never overwritten; it is moved aside instead.
 */
public final class BrokenFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason what is wrong, for a person, e.g. "line 12 'micro.inter' has no value" */
    public BrokenFileException(String reason) {
        super(reason);
    }
}
